<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>isc::ActivityModel</name>
    <message>
        <source>Failed with HTTP status %1</source>
        <translation>Mit HTTP-Status %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <extracomment>Column title: how long a call took, in milliseconds</extracomment>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>Tracking-ID</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>When the call started (local time)</source>
        <translation>Wann der Aufruf begann (Ortszeit)</translation>
    </message>
    <message>
        <source>The HTTP status of the last attempt, or what became of the call</source>
        <translation>Der HTTP-Status des letzten Versuchs oder was aus dem Aufruf wurde</translation>
    </message>
    <message>
        <source>The whole call in milliseconds, repeats and waits included</source>
        <translation>Der gesamte Aufruf in Millisekunden, einschließlich Wiederholungen und Wartezeiten</translation>
    </message>
    <message>
        <source>The server&apos;s trackingId: quote it to SailPoint support</source>
        <translation>Die trackingId des Servers: nennen Sie sie dem SailPoint-Support</translation>
    </message>
    <message>
        <source>Repeats after the first attempt (401, 429, 5xx, dropped, timeout)</source>
        <translation>Wiederholungen nach dem ersten Versuch (401, 429, 5xx, abgebrochen, Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Status of a call still in progress</extracomment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Status of a call that ended without an HTTP status (no connection, timeout)</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>isc::ActivityWidget</name>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command line. The token is $ISC_ACCESS_TOKEN and the client secret $SAIL_CLIENT_SECRET: set them in the shell.</source>
        <translation>Den ausgewählten Aufruf als curl-Befehlszeile kopieren. Das Token ist $ISC_ACCESS_TOKEN und das Client-Secret $SAIL_CLIENT_SECRET: Setzen Sie diese in der Shell.</translation>
    </message>
    <message>
        <source>Copy Tracking ID</source>
        <translation>Tracking-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the server&apos;s trackingId of the selected call</source>
        <translation>Die trackingId des Servers für den ausgewählten Aufruf kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget the calls listed</source>
        <translation>Die aufgelisteten Aufrufe vergessen</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Error of the selected call</source>
        <translation>Fehler des ausgewählten Aufrufs</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The details line of a failed call: %1 method and path, %2 the error</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>isc::ApiCallJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>isc::ApiError</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The host name %1 was not found.</source>
        <translation>Der Hostname %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The proxy could not be used (%1).</source>
        <translation>Der Proxy konnte nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2).</source>
        <translation>%1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (400).</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (400).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The credentials lack the permission for this (403); writing needs the scope sp:connector:manage.</source>
        <translation>Den Zugangsdaten fehlt die Berechtigung dafür (403); Schreiben erfordert den Scope sp:connector:manage.</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>It was not found on the server (404); it may have been deleted meanwhile.</source>
        <translation>Es wurde auf dem Server nicht gefunden (404); vielleicht wurde es inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The server reported a conflict (409).</source>
        <translation>Der Server hat einen Konflikt gemeldet (409).</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>The server failed with an internal error (%1).</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (%1).</translation>
    </message>
    <message>
        <source>The server failed with an internal error (%1): %2</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (%1): %2</translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation>Der Server hat mit Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with status %1: %2</source>
        <translation>Der Server hat mit Status %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The request did not complete within %n second(s).</source>
        <translation>
            <numerusform>Die Anfrage wurde nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>Die Anfrage wurde nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s); the request was given up.</source>
        <translation>
            <numerusform>%1 hat %n Sekunde lang nichts gesendet; die Anfrage wurde aufgegeben.</numerusform>
            <numerusform>%1 hat %n Sekunden lang nichts gesendet; die Anfrage wurde aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden: %2</translation>
    </message>
    <message>
        <source>The server redirected the request to another address, which the console does not follow with your credentials. Check the API base URL.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet, der die Konsole mit Ihren Zugangsdaten nicht folgt. Prüfen Sie die API-Basis-URL.</translation>
    </message>
    <message>
        <source>The client ID or secret was not accepted (%1).</source>
        <translation>Die Client-ID oder das Secret wurde nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <source>The credentials were not accepted: %1</source>
        <translation>Die Zugangsdaten wurden nicht akzeptiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s rate limit was reached; try again in %n second(s).</source>
        <translation>
            <numerusform>Das Anfragelimit des Servers wurde erreicht; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Das Anfragelimit des Servers wurde erreicht; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; try again later.</source>
        <translation>Das Anfragelimit des Servers wurde erreicht; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent a reply the console cannot read: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die die Konsole nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>This connection is read-only, so nothing is created, changed or deleted.</source>
        <translation>Diese Verbindung ist schreibgeschützt; es wird nichts erstellt, geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>context: reason</comment>
        <extracomment>A failed action and why: &quot;Could not load the connectors: &lt;reason&gt;&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It was not carried out; it is safe to try again.</source>
        <translation>Es wurde nicht ausgeführt; Sie können es gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <source>It may have been carried out anyway; check before trying again.</source>
        <translation>Es wurde möglicherweise trotzdem ausgeführt; prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>isc::ApiRequestJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>isc::ChooseCustomizerDialog</name>
    <message>
        <source>Choose Customizer</source>
        <translation>Customizer auswählen</translation>
    </message>
    <message>
        <source>Customizers</source>
        <translation>Customizer</translation>
    </message>
    <message>
        <source>Unlinking the source…</source>
        <translation>Verknüpfung der Quelle wird gelöst…</translation>
    </message>
    <message>
        <source>Linking the source…</source>
        <translation>Quelle wird verknüpft…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>This is the current choice</source>
        <translation>Dies ist die aktuelle Auswahl</translation>
    </message>
    <message>
        <source>Choose Customizer for “%1”</source>
        <translation>Customizer für „%1“ auswählen</translation>
    </message>
    <message>
        <source>Choose the customizer that the source “%1” should use.</source>
        <translation>Wählen Sie den Customizer, den die Quelle „%1“ verwenden soll.</translation>
    </message>
    <message>
        <source>no customizer</source>
        <translation>kein Customizer</translation>
    </message>
    <message>
        <source>None (unlink the source)</source>
        <translation>Keiner (Verknüpfung der Quelle lösen)</translation>
    </message>
    <message>
        <source>Unknown customizer (%1)</source>
        <translation>Unbekannter Customizer (%1)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>%1 (no version yet)</source>
        <translation>%1 (noch keine Version)</translation>
    </message>
    <message>
        <source>%1 — current</source>
        <extracomment>Marks the current choice in the list</extracomment>
        <translation>%1 – aktuell</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
</context>
<context>
    <name>isc::ColumnFilter</name>
    <message>
        <source>text	contains the text (any case)
=x	equal to x
&lt;&gt;x	not equal to x (also !=x)
&lt;x, &gt;x, &lt;=x, &gt;=x	less or greater: numbers by value, dates by time (2024-03-01 is the whole day), text alphabetically
=	empty
&lt;&gt;	not empty
/regex/	matches the regular expression
&quot;text&quot;	exactly this text, spaces and all</source>
        <extracomment>Tooltip of a column&apos;s filter box; keep the operators (=, &lt;&gt;, ...) as they are</extracomment>
        <translation>text	enthält den Text (Groß-/Kleinschreibung egal)
=x	gleich x
&lt;&gt;x	ungleich x (auch !=x)
&lt;x, &gt;x, &lt;=x, &gt;=x	kleiner oder größer: Zahlen nach Wert, Datumsangaben nach Zeit (2024-03-01 ist der ganze Tag), Text alphabetisch
=	leer
&lt;&gt;	nicht leer
/regex/	passt auf den regulären Ausdruck
&quot;text&quot;	genau dieser Text, einschließlich Leerzeichen</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1 (at character %2).</source>
        <extracomment>%1 is the regular expression engine&apos;s message, %2 a position in the pattern</extracomment>
        <translation>Ungültiger regulärer Ausdruck: %1 (bei Zeichen %2).</translation>
    </message>
</context>
<context>
    <name>isc::ColumnFilterRow</name>
    <message>
        <source>Column filters</source>
        <translation>Spaltenfilter</translation>
    </message>
    <message>
        <source>This filter is not applied: %1</source>
        <extracomment>%1 says why a column filter cannot be used (e.g. an invalid regular expression)</extracomment>
        <translation>Dieser Filter wird nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter of column %1</source>
        <extracomment>Accessible name of the filter edit under a column; %1 is the column title</extracomment>
        <translation>Filter der Spalte %1</translation>
    </message>
</context>
<context>
    <name>isc::ConnectionJob</name>
    <message>
        <source>The connection resolver was closed.</source>
        <translation>Die Verbindungsauflösung wurde geschlossen.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API base URL.</source>
        <translation>Das Profil „%1“ hat keine API-Basis-URL.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Das Profil „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no client ID; enter the client ID of a personal access token.</source>
        <translation>Das Profil „%1“ hat keine Client-ID; geben Sie die Client-ID eines persönlichen Zugriffstokens ein.</translation>
    </message>
    <message>
        <source>No client secret was given for &quot;%1&quot;.</source>
        <translation>Für „%1“ wurde kein Client-Secret angegeben.</translation>
    </message>
    <message>
        <source>The sandbox was stopped.</source>
        <translation>Die Sandbox wurde beendet.</translation>
    </message>
    <message>
        <source>No client secret is stored for the profile &quot;%1&quot;; enter it in the profile&apos;s settings.</source>
        <translation>Für das Profil „%1“ ist kein Client-Secret gespeichert; geben Sie es in den Einstellungen des Profils ein.</translation>
    </message>
    <message>
        <source>The client secret of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>Das Client-Secret des Profils „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>isc::ConnectionMessages</name>
    <message>
        <source>The API base URL is not a valid URL with a host name.</source>
        <translation>Die API-Basis-URL ist keine gültige URL mit Hostnamen.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>Die API-Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a local sandbox (localhost or 127.0.0.1); use https:// for a tenant.</source>
        <translation>Einfaches http:// ist nur für eine lokale Sandbox erlaubt (localhost oder 127.0.0.1); verwenden Sie https:// für einen Mandanten.</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>Die API-Basis-URL muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>isc::ConnectionTestJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorFilterBuilder</name>
    <message>
        <source>Name &amp;starts with:</source>
        <translation>Name &amp;beginnt mit:</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>Name beginnt mit</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Connector type</source>
        <translation>Konnektortyp</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Direct connect:</source>
        <translation>&amp;Direktverbindung:</translation>
    </message>
    <message>
        <source>Direct connect</source>
        <translation>Direktverbindung</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>&amp;Funktionen:</translation>
    </message>
    <message>
        <source>Features the connector must all have</source>
        <translation>Funktionen, die der Konnektor alle haben muss</translation>
    </message>
    <message>
        <source>Filter &amp;expression:</source>
        <translation>Filtera&amp;usdruck:</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Filterausdruck</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Filterproblem</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <extracomment>%1 is a 1-based character position in the filter text, %2 what is wrong there</extracomment>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>The fields above cannot show this filter until it is valid. Clear starts over.</source>
        <translation>Die Felder oben können diesen Filter erst anzeigen, wenn er gültig ist. „Leeren“ beginnt von vorn.</translation>
    </message>
    <message>
        <source>Custom filter: the fields above cannot show it. Clear starts over.</source>
        <translation>Eigener Filter: Die Felder oben können ihn nicht anzeigen. „Leeren“ beginnt von vorn.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Beliebiger Typ</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Beliebige Kategorie</translation>
    </message>
    <message>
        <source>Any name</source>
        <translation>Beliebiger Name</translation>
    </message>
    <message>
        <source>Only connectors that have every feature ticked</source>
        <translation>Nur Konnektoren, die jede angehakte Funktion haben</translation>
    </message>
    <message>
        <source>e.g. name sw &quot;Active&quot; and directConnect eq true</source>
        <translation>z. B. name sw &quot;Active&quot; and directConnect eq true</translation>
    </message>
    <message>
        <source>The filters parameter of the connectors list. Allowed: %1. Combine them with and, or, not and parentheses; strings in double quotes.</source>
        <translation>Der Parameter filters der Konnektorliste. Erlaubt: %1. Kombinieren Sie sie mit and, or, not und Klammern; Zeichenketten in doppelten Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorInstanceService</name>
    <message>
        <source>Could not load the sources</source>
        <translation>Die Quellen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>source instance ID</source>
        <translation>Quellinstanz-ID</translation>
    </message>
    <message>
        <source>customizer ID</source>
        <translation>Customizer-ID</translation>
    </message>
    <message>
        <source>Could not link the customizer to the source</source>
        <translation>Der Customizer konnte nicht mit der Quelle verknüpft werden</translation>
    </message>
    <message>
        <source>Could not unlink the customizer from the source</source>
        <translation>Die Verknüpfung des Customizers mit der Quelle konnte nicht gelöst werden</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorInstanceTableModel</name>
    <message>
        <source>The server sent no connector type.</source>
        <translation>Der Server hat keinen Konnektortyp gesendet.</translation>
    </message>
    <message>
        <source>Not linked to a customizer.</source>
        <translation>Mit keinem Customizer verknüpft.</translation>
    </message>
    <message>
        <source>Not known yet: the customizers have not been loaded.</source>
        <translation>Noch nicht bekannt: Die Customizer wurden noch nicht geladen.</translation>
    </message>
    <message>
        <source>No customizer with ID %1 exists: it may have been deleted.</source>
        <extracomment>%1 is a customizer ID</extracomment>
        <translation>Es gibt keinen Customizer mit der ID %1; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Customizer ID</source>
        <translation>Customizer-ID</translation>
    </message>
    <message>
        <source>Customizer</source>
        <translation>Customizer</translation>
    </message>
    <message>
        <source>The name of the source</source>
        <translation>Der Name der Quelle</translation>
    </message>
    <message>
        <source>The unique identifier of the source&apos;s connector instance</source>
        <translation>Die eindeutige Kennung der Konnektorinstanz der Quelle</translation>
    </message>
    <message>
        <source>The type of connector the source uses</source>
        <translation>Der Konnektortyp, den die Quelle verwendet</translation>
    </message>
    <message>
        <source>The identifier of the customizer linked to the source, if any</source>
        <translation>Die Kennung des mit der Quelle verknüpften Customizers, falls vorhanden</translation>
    </message>
    <message>
        <source>The name of the customizer linked to the source, if any</source>
        <translation>Der Name des mit der Quelle verknüpften Customizers, falls vorhanden</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorService</name>
    <message>
        <source>Could not load the connectors</source>
        <translation>Die Konnektoren konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The page size must be between %1 and 250; it is %2.</source>
        <translation>Die Seitengröße muss zwischen %1 und 250 liegen; sie ist %2.</translation>
    </message>
    <message>
        <source>The offset cannot be negative; it is %1.</source>
        <translation>Der Offset darf nicht negativ sein; er ist %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale the API knows; use one of: %2.</source>
        <translation>„%1“ ist kein Gebietsschema, das die API kennt; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>The filter is not valid at column %1: %2</source>
        <extracomment>%1: the column in the filter text, %2: what is wrong there</extracomment>
        <translation>Der Filter ist in Spalte %1 ungültig: %2</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorTableModel</name>
    <message>
        <source>The server sent no class name for this connector.</source>
        <translation>Der Server hat keinen Klassennamen für diesen Konnektor gesendet.</translation>
    </message>
    <message>
        <source>The server sent no feature list for this connector.</source>
        <translation>Der Server hat keine Funktionsliste für diesen Konnektor gesendet.</translation>
    </message>
    <message>
        <source>This connector lists no features.</source>
        <translation>Dieser Konnektor führt keine Funktionen auf.</translation>
    </message>
    <message>
        <source>The connector&apos;s metadata has no “%1”.</source>
        <extracomment>%1 is a field name of the connector&apos;s metadata, e.g. shortDesc</extracomment>
        <translation>Die Metadaten des Konnektors enthalten kein „%1“.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Script Name</source>
        <translation>Skriptname</translation>
    </message>
    <message>
        <source>Class Name</source>
        <translation>Klassenname</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Direct Connect</source>
        <translation>Direktverbindung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Supported UI</source>
        <translation>Unterstützte Oberfläche</translation>
    </message>
    <message>
        <source>The name of the connector</source>
        <translation>Der Name des Konnektors</translation>
    </message>
    <message>
        <source>The type of the connector</source>
        <translation>Der Typ des Konnektors</translation>
    </message>
    <message>
        <source>The script name: the key that identifies the connector</source>
        <translation>Der Skriptname: der Schlüssel, der den Konnektor identifiziert</translation>
    </message>
    <message>
        <source>The Java class that implements the connector, if any</source>
        <translation>Die Java-Klasse, die den Konnektor implementiert, falls vorhanden</translation>
    </message>
    <message>
        <source>What the connector can do (provisioning, search, password, ...)</source>
        <translation>Was der Konnektor kann (Provisionierung, Suche, Passwort, ...)</translation>
    </message>
    <message>
        <source>Whether the connector talks to the target system directly</source>
        <translation>Ob der Konnektor direkt mit dem Zielsystem kommuniziert</translation>
    </message>
    <message>
        <source>The release status of the connector</source>
        <translation>Der Freigabestatus des Konnektors</translation>
    </message>
    <message>
        <source>The short description from the connector&apos;s metadata</source>
        <translation>Die Kurzbeschreibung aus den Metadaten des Konnektors</translation>
    </message>
    <message>
        <source>The platform from the connector&apos;s metadata</source>
        <translation>Die Plattform aus den Metadaten des Konnektors</translation>
    </message>
    <message>
        <source>The user interface the connector&apos;s configuration supports</source>
        <translation>Die Benutzeroberfläche, die die Konfiguration des Konnektors unterstützt</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorsPage</name>
    <message>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <source>Every connector (no server-side filter)</source>
        <translation>Alle Konnektoren (kein serverseitiger Filter)</translation>
    </message>
    <message>
        <source>Server-side filter: %1</source>
        <translation>Serverseitiger Filter: %1</translation>
    </message>
    <message>
        <source>Loading connectors…</source>
        <translation>Konnektoren werden geladen…</translation>
    </message>
    <message>
        <source>Server-side connector filter</source>
        <translation>Serverseitiger Konnektorfilter</translation>
    </message>
    <message>
        <source>Server &amp;Filter</source>
        <translation>Server&amp;filter</translation>
    </message>
    <message>
        <source>Show the filter the server applies: name, type, category, direct connect, features, or a typed expression</source>
        <translation>Den Filter anzeigen, den der Server anwendet: Name, Typ, Kategorie, Direktverbindung, Funktionen oder ein eingegebener Ausdruck</translation>
    </message>
</context>
<context>
    <name>isc::CustomizerName</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name is too long: %1 characters, at most %2.</source>
        <translation>Der Name ist zu lang: %1 Zeichen, höchstens %2.</translation>
    </message>
    <message>
        <source>The name cannot contain control characters such as tabs or line breaks.</source>
        <translation>Der Name darf keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche enthalten.</translation>
    </message>
</context>
<context>
    <name>isc::CustomizerService</name>
    <message>
        <source>Could not create the customizer &quot;%1&quot;</source>
        <translation>Der Customizer „%1“ konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not load the customizers</source>
        <translation>Die Customizer konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the customizer</source>
        <translation>Der Customizer konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>customizer ID</source>
        <translation>Customizer-ID</translation>
    </message>
    <message>
        <source>Could not rename the customizer</source>
        <translation>Der Customizer konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>A customizer needs a name.</source>
        <translation>Ein Customizer braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name cannot begin or end with spaces.</source>
        <translation>Der Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most 255).</source>
        <translation>Der Name ist zu lang (%1 Zeichen; höchstens 255).</translation>
    </message>
    <message>
        <source>The name cannot contain control characters (such as line breaks).</source>
        <translation>Der Name darf keine Steuerzeichen (wie Zeilenumbrüche) enthalten.</translation>
    </message>
    <message>
        <source>Could not upload a new customizer version</source>
        <translation>Es konnte keine neue Customizer-Version hochgeladen werden</translation>
    </message>
    <message>
        <source>Could not delete the customizer</source>
        <translation>Der Customizer konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>isc::CustomizerTableModel</name>
    <message>
        <source>No code has been uploaded to this customizer yet.</source>
        <translation>Zu diesem Customizer wurde noch kein Code hochgeladen.</translation>
    </message>
    <message>
        <source>The server sent no tenant ID.</source>
        <translation>Der Server hat keine Mandanten-ID gesendet.</translation>
    </message>
    <message>
        <source>%1 (the server sent “%2”)</source>
        <extracomment>%1 is a date and time in the user&apos;s time zone, %2 the text the server sent</extracomment>
        <translation>%1 (der Server hat „%2“ gesendet)</translation>
    </message>
    <message>
        <source>The server sent “%1”, which is not a date this console can read.</source>
        <extracomment>%1 is the text the server sent instead of a date</extracomment>
        <translation>Der Server hat „%1“ gesendet; das ist kein Datum, das diese Konsole lesen kann.</translation>
    </message>
    <message>
        <source>The server sent no creation date.</source>
        <translation>Der Server hat kein Erstellungsdatum gesendet.</translation>
    </message>
    <message>
        <source>Not known yet: the sources have not been loaded.</source>
        <translation>Noch nicht bekannt: Die Quellen wurden noch nicht geladen.</translation>
    </message>
    <message>
        <source>No source uses this customizer.</source>
        <translation>Keine Quelle verwendet diesen Customizer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Used By</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>The name of the customizer</source>
        <translation>Der Name des Customizers</translation>
    </message>
    <message>
        <source>The unique identifier of the customizer</source>
        <translation>Die eindeutige Kennung des Customizers</translation>
    </message>
    <message>
        <source>The version of the newest code uploaded (none before the first upload)</source>
        <translation>Die Version des zuletzt hochgeladenen Codes (keine vor dem ersten Hochladen)</translation>
    </message>
    <message>
        <source>The identifier of the newest code image uploaded</source>
        <translation>Die Kennung des zuletzt hochgeladenen Code-Images</translation>
    </message>
    <message>
        <source>The tenant that owns the customizer</source>
        <translation>Der Mandant, dem der Customizer gehört</translation>
    </message>
    <message>
        <source>When the customizer was created, in your time zone</source>
        <translation>Wann der Customizer erstellt wurde, in Ihrer Zeitzone</translation>
    </message>
    <message>
        <source>The sources linked to this customizer</source>
        <translation>Die mit diesem Customizer verknüpften Quellen</translation>
    </message>
</context>
<context>
    <name>isc::CustomizerWorkflow</name>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>Customizer “%1” created: the reply was lost, but the customizer was found on the server.</source>
        <translation>Customizer „%1“ erstellt: Die Antwort ging verloren, aber der Customizer wurde auf dem Server gefunden.</translation>
    </message>
    <message>
        <source>Customizer “%1” created.</source>
        <translation>Customizer „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation>„%1“ wird in „%2“ umbenannt…</translation>
    </message>
    <message>
        <source>Customizer “%1” renamed to “%2”.</source>
        <translation>Customizer „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>the source instances are not loaded.</source>
        <translation>die Quellinstanzen sind nicht geladen.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Customizer “%1” deleted.</source>
        <translation>Customizer „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Uploading a new version of “%1”…</source>
        <translation>Neue Version von „%1“ wird hochgeladen…</translation>
    </message>
    <message>
        <source>Version %1 of “%2” uploaded: the reply was lost, but the customizer has the new version.</source>
        <translation>Version %1 von „%2“ hochgeladen: Die Antwort ging verloren, aber der Customizer hat die neue Version.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” uploaded.</source>
        <translation>Version %1 von „%2“ hochgeladen.</translation>
    </message>
    <message>
        <source>The connection failed after the upload (%1), but reading the customizer again showed version %2: the upload went through. Do not upload it again.</source>
        <translation>Die Verbindung ist nach dem Hochladen fehlgeschlagen (%1), aber erneutes Lesen des Customizers zeigte Version %2: Das Hochladen hat funktioniert. Laden Sie sie nicht noch einmal hoch.</translation>
    </message>
    <message>
        <source>“%1” uses no customizer.</source>
        <translation>„%1“ verwendet keinen Customizer.</translation>
    </message>
    <message>
        <source>Unlink Customizer</source>
        <translation>Verknüpfung mit Customizer lösen</translation>
    </message>
    <message>
        <source>Unlink “%1” from its customizer? The source then runs without customization.</source>
        <translation>Die Verknüpfung von „%1“ mit seinem Customizer lösen? Die Quelle läuft dann ohne Anpassung.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Unlinking “%1”…</source>
        <translation>Verknüpfung von „%1“ wird gelöst…</translation>
    </message>
    <message>
        <source>Could not unlink “%1”</source>
        <translation>Die Verknüpfung von „%1“ konnte nicht gelöst werden</translation>
    </message>
    <message>
        <source>“%1” no longer uses a customizer.</source>
        <translation>„%1“ verwendet keinen Customizer mehr.</translation>
    </message>
    <message>
        <source>“%1” linked.</source>
        <translation>„%1“ verknüpft.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <extracomment>&quot;3 sources linked, 1 source unlinked.&quot;</extracomment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) linked</source>
        <translation>
            <numerusform>%n Quelle verknüpft</numerusform>
            <numerusform>%n Quellen verknüpft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) unlinked</source>
        <translation>
            <numerusform>Verknüpfung bei %n Quelle gelöst</numerusform>
            <numerusform>Verknüpfung bei %n Quellen gelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) linked.</source>
        <translation>
            <numerusform>%n Quelle verknüpft.</numerusform>
            <numerusform>%n Quellen verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) unlinked.</source>
        <translation>
            <numerusform>Verknüpfung bei %n Quelle gelöst.</numerusform>
            <numerusform>Verknüpfung bei %n Quellen gelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linking “%1”…</source>
        <translation>„%1“ wird verknüpft…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Could not link “%1”</source>
        <translation>„%1“ konnte nicht verknüpft werden</translation>
    </message>
</context>
<context>
    <name>isc::CustomizersPage</name>
    <message>
        <source>Customizers</source>
        <translation>Customizer</translation>
    </message>
    <message>
        <source>Loading customizers…</source>
        <translation>Customizer werden geladen…</translation>
    </message>
</context>
<context>
    <name>isc::DataTableView</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Show Filter Row</source>
        <translation>Filterzeile anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation>Mit &amp;Überschriften kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, column titles first</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren, Spaltentitel zuerst</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as a JSON array, with the raw values</source>
        <translation>Die ausgewählten Zeilen als JSON-Array mit den Rohwerten kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>isc::DeleteCustomizerDialog</name>
    <message>
        <source>Delete Customizer</source>
        <translation>Customizer löschen</translation>
    </message>
    <message>
        <source>Sources using the customizer</source>
        <translation>Quellen, die den Customizer verwenden</translation>
    </message>
    <message>
        <source>&amp;Unlink Them First</source>
        <translation>&amp;Zuerst Verknüpfungen lösen</translation>
    </message>
    <message>
        <source>Unlink these sources from the customizer, then delete it</source>
        <translation>Die Verknüpfung dieser Quellen mit dem Customizer lösen und ihn dann löschen</translation>
    </message>
    <message>
        <source>Type the customizer name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Namen des Customizers ein</translation>
    </message>
    <message>
        <source>Deleting the customizer…</source>
        <translation>Customizer wird gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>Unlinking %n source(s)…</source>
        <translation>
            <numerusform>Verknüpfung von %n Quelle wird gelöst…</numerusform>
            <numerusform>Verknüpfung von %n Quellen wird gelöst…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking which sources use it…</source>
        <translation>Es wird geprüft, welche Quellen ihn verwenden…</translation>
    </message>
    <message>
        <source>No source uses it.</source>
        <translation>Keine Quelle verwendet ihn.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) use it and lose its customization when it is deleted:</source>
        <translation>
            <numerusform>%n Quelle verwendet ihn und verliert beim Löschen ihre Anpassung:</numerusform>
            <numerusform>%n Quellen verwenden ihn und verlieren beim Löschen ihre Anpassung:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out which sources use it.</source>
        <translation>Es konnte nicht ermittelt werden, welche Quellen ihn verwenden.</translation>
    </message>
    <message>
        <source>Could not find out which sources use it: %1</source>
        <translation>Es konnte nicht ermittelt werden, welche Quellen ihn verwenden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>To delete it anyway, type its name, %1:</source>
        <translation>Um ihn trotzdem zu löschen, geben Sie seinen Namen ein, %1:</translation>
    </message>
    <message>
        <source>Waiting to know which sources use the customizer</source>
        <translation>Es wird noch ermittelt, welche Quellen den Customizer verwenden</translation>
    </message>
    <message>
        <source>Type the customizer&apos;s name first</source>
        <translation>Geben Sie zuerst den Namen des Customizers ein</translation>
    </message>
    <message>
        <source>Delete Customizer “%1”</source>
        <translation>Customizer „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete the customizer “%1” and all its versions? This cannot be undone.</source>
        <translation>Den Customizer „%1“ mit allen Versionen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>isc::DetailsPane</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a row to see its details</source>
        <translation>Wählen Sie eine Zeile, um ihre Details zu sehen</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>Den ausgewählten Wert kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy every field of the row as JSON</source>
        <translation>Alle Felder der Zeile als JSON kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <extracomment>The value shown for a nested object; %n is its number of fields</extracomment>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>The value shown for a list; %n is its number of items</extracomment>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::EditCustomizerDialog</name>
    <message>
        <source>Edit Customizer</source>
        <translation>Customizer bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Customizer name</source>
        <translation>Name des Customizers</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Customizer ID</source>
        <translation>Customizer-ID</translation>
    </message>
    <message>
        <source>Image &amp;version:</source>
        <translation>Image-&amp;Version:</translation>
    </message>
    <message>
        <source>Image version</source>
        <translation>Image-Version</translation>
    </message>
    <message>
        <source>I&amp;mage ID:</source>
        <translation>I&amp;mage-ID:</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>Man&amp;danten-ID:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>&amp;Erstellt:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created (as &amp;sent):</source>
        <translation>Erstellt (wie ge&amp;sendet):</translation>
    </message>
    <message>
        <source>Created, as sent by the server</source>
        <translation>Erstellt, wie vom Server gesendet</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation>Ver&amp;wendet von:</translation>
    </message>
    <message>
        <source>Sources using this customizer</source>
        <translation>Quellen, die diesen Customizer verwenden</translation>
    </message>
    <message>
        <source>Only the name can be changed; the other fields are set by Identity Security Cloud.</source>
        <translation>Nur der Name kann geändert werden; die anderen Felder legt Identity Security Cloud fest.</translation>
    </message>
    <message>
        <source>The name is unchanged.</source>
        <translation>Der Name ist unverändert.</translation>
    </message>
    <message>
        <source>Renaming the customizer…</source>
        <translation>Customizer wird umbenannt…</translation>
    </message>
    <message>
        <source>Edit Customizer “%1”</source>
        <translation>Customizer „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>None yet (no version uploaded)</source>
        <translation>Noch keine (keine Version hochgeladen)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Not a date the console can read</source>
        <translation>Kein Datum, das die Konsole lesen kann</translation>
    </message>
    <message>
        <source>Not sent by the server</source>
        <translation>Vom Server nicht gesendet</translation>
    </message>
    <message>
        <source>Not known (the sources are not loaded)</source>
        <translation>Nicht bekannt (die Quellen sind nicht geladen)</translation>
    </message>
    <message>
        <source>No source uses this customizer</source>
        <translation>Keine Quelle verwendet diesen Customizer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Set by Identity Security Cloud; it cannot be changed here.</source>
        <translation>Von Identity Security Cloud festgelegt; kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>When it was created, in your time zone. %1</source>
        <translation>Wann er erstellt wurde, in Ihrer Zeitzone. %1</translation>
    </message>
    <message>
        <source>The date exactly as the server sent it. %1</source>
        <translation>Das Datum genau so, wie der Server es gesendet hat. %1</translation>
    </message>
</context>
<context>
    <name>isc::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>Comma-separated values, for spreadsheets</source>
        <translation>Kommagetrennte Werte, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>An array of objects keyed by the API field names</source>
        <translation>Ein Array von Objekten mit den API-Feldnamen als Schlüsseln</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>&amp;Load all rows first</source>
        <translation>Zuerst alle Zeilen &amp;laden</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the column up</source>
        <translation>Spalte nach oben verschieben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the column down</source>
        <translation>Spalte nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;Visible</source>
        <translation>&amp;Sichtbare</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Val&amp;ues:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>Cell values</source>
        <translation>Zellwerte</translation>
    </message>
    <message>
        <source>Line &amp;ends:</source>
        <translation>Zeilen&amp;enden:</translation>
    </message>
    <message>
        <source>Line ends</source>
        <translation>Zeilenenden</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>&amp;Kopfzeile</translation>
    </message>
    <message>
        <source>UTF-8 &amp;byte order mark</source>
        <translation>UTF-8-&amp;Byte-Order-Mark</translation>
    </message>
    <message>
        <source>&amp;Guard against formulas</source>
        <translation>Vor &amp;Formeln schützen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Why the export cannot start</source>
        <translation>Warum der Export nicht starten kann</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>Es sind keine Zeilen ausgewählt.</translation>
    </message>
    <message>
        <source>Enter the name of the file to write.</source>
        <translation>Geben Sie den Namen der zu schreibenden Datei ein.</translation>
    </message>
    <message>
        <source>%1 is a folder; enter a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen ein.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Loading the remaining rows…</source>
        <translation>Die restlichen Zeilen werden geladen…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All loaded rows (%n)</source>
        <translation>
            <numerusform>&amp;Alle geladenen Zeilen (%n)</numerusform>
            <numerusform>&amp;Alle geladenen Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rows shown, filtered and sorted (%n)</source>
        <translation>
            <numerusform>Angezeigte, gefilterte und sortierte &amp;Zeile (%n)</numerusform>
            <numerusform>Angezeigte, gefilterte und sortierte &amp;Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected rows (%n)</source>
        <translation>
            <numerusform>Aus&amp;gewählte Zeile (%n)</numerusform>
            <numerusform>Aus&amp;gewählte Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The table holds only the rows loaded so far; load the others before writing.</source>
        <translation>Die Tabelle enthält nur die bisher geladenen Zeilen; laden Sie die übrigen vor dem Schreiben.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Raw (ISO 8601 dates, true/false)</source>
        <translation>Roh (ISO-8601-Datumsangaben, true/false)</translation>
    </message>
    <message>
        <source>As shown in the table</source>
        <translation>Wie in der Tabelle angezeigt</translation>
    </message>
    <message>
        <source>CRLF (Windows, RFC 4180)</source>
        <translation>CRLF (Windows, RFC 4180)</translation>
    </message>
    <message>
        <source>LF (Linux, macOS)</source>
        <translation>LF (Linux, macOS)</translation>
    </message>
    <message>
        <source>Some spreadsheets need it to read UTF-8 text correctly.</source>
        <translation>Manche Tabellenkalkulationen brauchen es, um UTF-8-Text korrekt zu lesen.</translation>
    </message>
    <message>
        <source>A cell that starts with =, +, -, @ or a tab gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a formula. Keep it on unless the file goes to a program that needs the exact text.</source>
        <translation>Eine Zelle, die mit =, +, -, @ oder einem Tabulator beginnt, erhält ein vorangestelltes Apostroph, damit eine Tabellenkalkulation sie als Text anzeigt, statt sie als Formel auszuführen. Lassen Sie dies aktiviert, es sei denn, die Datei geht an ein Programm, das den exakten Text braucht.</translation>
    </message>
</context>
<context>
    <name>isc::ExportWorkflow</name>
    <message>
        <source>Stopped waiting for the remaining rows; nothing was written.</source>
        <translation>Warten auf die restlichen Zeilen beendet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The table is gone; nothing was written.</source>
        <translation>Die Tabelle ist nicht mehr vorhanden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Loading the remaining rows…</source>
        <translation>Die restlichen Zeilen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the remaining rows: %1 Nothing was written; you can export the rows loaded.</source>
        <translation>Die restlichen Zeilen konnten nicht geladen werden: %1 Es wurde nichts geschrieben; Sie können die geladenen Zeilen exportieren.</translation>
    </message>
    <message>
        <source>No rows are selected any more; nothing was written.</source>
        <translation>Es sind keine Zeilen mehr ausgewählt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exporting to %3… %1 of %2 rows</source>
        <extracomment>%1 rows written of %2, %3 the file</extracomment>
        <translation>Export nach %3… %1 von %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>isc::InstancesPage</name>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Loading source instances…</source>
        <translation>Quellinstanzen werden geladen…</translation>
    </message>
</context>
<context>
    <name>isc::LinkInstancesDialog</name>
    <message>
        <source>Link Sources</source>
        <translation>Quellen verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Find sources</source>
        <translation>Quellen suchen</translation>
    </message>
    <message>
        <source>Source name or type</source>
        <translation>Name oder Typ der Quelle</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Anzuwendende Änderungen</translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation>Änderungen werden angewendet…</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) to link</source>
        <translation>
            <numerusform>%n Quelle wird verknüpft</numerusform>
            <numerusform>%n Quellen werden verknüpft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them now use(s) another customizer</source>
        <translation>
            <numerusform>%n davon verwendet bisher einen anderen Customizer</numerusform>
            <numerusform>%n davon verwenden bisher einen anderen Customizer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) to unlink</source>
        <translation>
            <numerusform>Bei %n Quelle wird die Verknüpfung gelöst</numerusform>
            <numerusform>Bei %n Quellen wird die Verknüpfung gelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Link Sources to “%1”</source>
        <translation>Quellen mit „%1“ verknüpfen</translation>
    </message>
    <message>
        <source>There are no sources to link.</source>
        <translation>Es gibt keine Quellen zum Verknüpfen.</translation>
    </message>
    <message>
        <source>Tick the sources that should use the customizer “%1”; untick one to unlink it.</source>
        <translation>Haken Sie die Quellen an, die den Customizer „%1“ verwenden sollen; entfernen Sie einen Haken, um die Verknüpfung zu lösen.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Current customizer</source>
        <translation>Aktueller Customizer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Linking it to “%1” replaces this customizer.</source>
        <translation>Die Verknüpfung mit „%1“ ersetzt diesen Customizer.</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>A customizer the console does not know, by its id</extracomment>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>isc::LocaleSelector</name>
    <message>
        <source>User interface &amp;language:</source>
        <translation>&amp;Sprache der Benutzeroberfläche:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages; applied at once.</source>
        <translation>Die Sprache von Menüs, Dialogen und Meldungen; wird sofort übernommen.</translation>
    </message>
    <message>
        <source>Connector &amp;texts in:</source>
        <translation>Konnektor&amp;texte in:</translation>
    </message>
    <message>
        <source>Language of connector texts and server messages</source>
        <translation>Sprache der Konnektortexte und Servermeldungen</translation>
    </message>
    <message>
        <source>Same as the user interface (%1)</source>
        <extracomment>%1 is a language code such as &quot;de&quot;</extracomment>
        <translation>Wie die Benutzeroberfläche (%1)</translation>
    </message>
    <message>
        <source>The language Identity Security Cloud uses for connector descriptions and its error messages.</source>
        <translation>Die Sprache, die Identity Security Cloud für Konnektorbeschreibungen und seine Fehlermeldungen verwendet.</translation>
    </message>
</context>
<context>
    <name>isc::MainWindow</name>
    <message>
        <source>%1 — ISC Connector Console</source>
        <translation>%1 — ISC Connector Console</translation>
    </message>
    <message>
        <source>ISC Connector Console</source>
        <translation>ISC Connector Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Customizer</source>
        <translation>&amp;Customizer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the table to a CSV or JSON file (Ctrl+E)</source>
        <translation>Die Tabelle in eine CSV- oder JSON-Datei exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Tenants…</source>
        <translation>&amp;Mandanten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the table again from the tenant (Ctrl+R, F5)</source>
        <translation>Die Tabelle erneut vom Mandanten laden (Strg+R, F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Column &amp;Filter Row</source>
        <translation>Spalten&amp;filterzeile</translation>
    </message>
    <message>
        <source>&amp;Connectors</source>
        <translation>&amp;Konnektoren</translation>
    </message>
    <message>
        <source>C&amp;ustomizers</source>
        <translation>C&amp;ustomizer</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instanzen</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>&amp;New Customizer…</source>
        <translation>&amp;Neuer Customizer…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Upload Version…</source>
        <translation>&amp;Version hochladen…</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>Ver&amp;knüpfen…</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>&amp;About ISC Connector Console</source>
        <translation>Ü&amp;ber ISC Connector Console</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Mandantenprofil</translation>
    </message>
    <message>
        <source>The tenant profile the console works on</source>
        <translation>Das Mandantenprofil, mit dem die Konsole arbeitet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; the rows loaded so far stay</source>
        <translation>Laden beenden; die bisher geladenen Zeilen bleiben</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>This tenant profile is read-only: nothing can be changed</source>
        <translation>Dieses Mandantenprofil ist schreibgeschützt: Es kann nichts geändert werden</translation>
    </message>
    <message>
        <source>Rows shown of total</source>
        <translation>Angezeigte Zeilen von insgesamt</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Could not connect to “%1”: %2</source>
        <translation>Verbindung zu „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The tool button of the locale selector: UI language · API locale of connector texts</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The user interface language and the language of connector texts</source>
        <translation>Die Sprache der Benutzeroberfläche und die Sprache der Konnektortexte</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Rows shown (after the filters) of the rows in the list</source>
        <translation>Angezeigte Zeilen (nach den Filtern) von den Zeilen in der Liste</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>Anfragelimit: neuer Versuch in %n s</numerusform>
            <numerusform>Anfragelimit: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a read-only tenant profile: changes are disabled.</source>
        <translation>„%1“ ist ein schreibgeschütztes Mandantenprofil: Änderungen sind deaktiviert.</translation>
    </message>
    <message>
        <source>Create a connector customizer (Ctrl+N)</source>
        <translation>Einen Konnektor-Customizer erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>Rename the selected customizer (F2; Customizers tab)</source>
        <translation>Den ausgewählten Customizer umbenennen (F2; Registerkarte Customizer)</translation>
    </message>
    <message>
        <source>Upload a new version of the selected customizer from a zip archive</source>
        <translation>Eine neue Version des ausgewählten Customizers aus einem ZIP-Archiv hochladen</translation>
    </message>
    <message>
        <source>Choose the customizer of the selected source instance</source>
        <translation>Den Customizer der ausgewählten Quellinstanz auswählen</translation>
    </message>
    <message>
        <source>Choose the source instances that use the selected customizer</source>
        <translation>Die Quellinstanzen auswählen, die den ausgewählten Customizer verwenden</translation>
    </message>
    <message>
        <source>Remove the customizer from the selected source instance (Instances tab)</source>
        <translation>Den Customizer von der ausgewählten Quellinstanz entfernen (Registerkarte Instanzen)</translation>
    </message>
    <message>
        <source>Delete the selected customizer (Del; Customizers tab)</source>
        <translation>Den ausgewählten Customizer löschen (Entf; Registerkarte Customizer)</translation>
    </message>
    <message>
        <source>The network settings apply from the next connection.</source>
        <translation>Die Netzwerkeinstellungen gelten ab der nächsten Verbindung.</translation>
    </message>
    <message>
        <source>About ISC Connector Console</source>
        <translation>Über ISC Connector Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ISC Connector Console %1&lt;/h3&gt;&lt;p&gt;Browse the connector catalogue of SailPoint Identity Security Cloud and manage connector customizers.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ISC Connector Console %1&lt;/h3&gt;&lt;p&gt;Durchsuchen Sie den Konnektorkatalog von SailPoint Identity Security Cloud und verwalten Sie Konnektor-Customizer.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder höher.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>isc::NewCustomizerDialog</name>
    <message>
        <source>New Customizer</source>
        <translation>Neuer Customizer</translation>
    </message>
    <message>
        <source>A connector customizer changes how connectors behave with code you upload as versions. Name it now; upload its first version afterwards.</source>
        <translation>Ein Konnektor-Customizer ändert das Verhalten von Konnektoren mit Code, den Sie als Versionen hochladen. Benennen Sie ihn jetzt; laden Sie seine erste Version danach hoch.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Customizer name</source>
        <translation>Name des Customizers</translation>
    </message>
    <message>
        <source>e.g. Workday attribute cleanup</source>
        <translation>z. B. Workday-Attributbereinigung</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Creating the customizer…</source>
        <translation>Customizer wird erstellt…</translation>
    </message>
</context>
<context>
    <name>isc::NewVersionDialog</name>
    <message>
        <source>Upload Version</source>
        <translation>Version hochladen</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archiv:</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Archivdatei</translation>
    </message>
    <message>
        <source>Drop a zip here or browse for it</source>
        <translation>Legen Sie hier eine ZIP-Datei ab oder suchen Sie sie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the archive</source>
        <translation>Nach dem Archiv suchen</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Package name and version</source>
        <translation>Paketname und Version</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Archive size</source>
        <translation>Archivgröße</translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Archive contents</source>
        <translation>Archivinhalt</translation>
    </message>
    <message>
        <source>Why the archive cannot be uploaded</source>
        <translation>Warum das Archiv nicht hochgeladen werden kann</translation>
    </message>
    <message>
        <source>Warnings about the archive</source>
        <translation>Warnungen zum Archiv</translation>
    </message>
    <message>
        <source>The new version</source>
        <translation>Die neue Version</translation>
    </message>
    <message>
        <source>The package is named “%1”, unlike the customizer “%2”: is it the right archive?</source>
        <translation>Das Paket heißt „%1“, anders als der Customizer „%2“: Ist es das richtige Archiv?</translation>
    </message>
    <message>
        <source>Choose the zip archive of the new version.</source>
        <translation>Wählen Sie das ZIP-Archiv der neuen Version.</translation>
    </message>
    <message>
        <source>Uploading… %1 of %2</source>
        <extracomment>Upload progress: &quot;1.2 MB of 3.4 MB&quot;</extracomment>
        <translation>Wird hochgeladen… %1 von %2</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>Choose the Archive of the New Version</source>
        <translation>Archiv der neuen Version auswählen</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>ZIP-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No package.json</source>
        <translation>Keine package.json</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 unpacked, %n entries)</source>
        <extracomment>%1 the archive&apos;s size, %2 its unpacked size, %n the number of entries</extracomment>
        <translation>
            <numerusform>%1 (%2 entpackt, %n Eintrag)</numerusform>
            <numerusform>%1 (%2 entpackt, %n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of “%2” was created.</source>
        <translation>Version %1 von „%2“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Image ID: %1</source>
        <translation>Image-ID: %1</translation>
    </message>
    <message>
        <source>Upload Version of “%1”</source>
        <translation>Version von „%1“ hochladen</translation>
    </message>
    <message>
        <source>Upload a new version of “%1”: the zip archive that “spcx package” makes, with index.js at its top. Drop it on this window or browse for it.</source>
        <translation>Laden Sie eine neue Version von „%1“ hoch: das ZIP-Archiv, das „spcx package“ erstellt, mit index.js auf oberster Ebene. Legen Sie es auf diesem Fenster ab oder suchen Sie es.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
</context>
<context>
    <name>isc::PagedListJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>items %1 are missing; %n loaded</source>
        <extracomment>&quot;%1&quot; lists ranges of item numbers (&quot;251 to 500, 751 to 1000&quot;); %n items were loaded</extracomment>
        <translation>
            <numerusform>Elemente %1 fehlen; %n geladen</numerusform>
            <numerusform>Elemente %1 fehlen; %n geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>isc::ProfileStore</name>
    <message>
        <source>The tenant profiles could not be saved to %1.</source>
        <translation>Die Mandantenprofile konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>Das Profil „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be edited.</source>
        <translation>Das integrierte Profil „%1“ kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be removed.</source>
        <translation>Das integrierte Profil „%1“ kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Es gibt kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <source>Only a tenant profile that exists can be duplicated.</source>
        <translation>Nur ein vorhandenes Mandantenprofil kann dupliziert werden.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile, %1 the original name</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <extracomment>Name of a duplicated profile when &quot;X (copy)&quot; is taken; %1 the original name, %2 a number from 2</extracomment>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already configured as &quot;%2&quot;.</source>
        <translation>„%1“ ist bereits als „%2“ eingerichtet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Name of an imported profile whose name is taken; %1 the name, %2 a number from 2</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported: %2</source>
        <translation>„%1“ wurde nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>isc::ProfileValidation</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is reserved for a built-in profile; choose another one.</source>
        <translation>Der Name „%1“ ist für ein integriertes Profil reserviert; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the API base URL, e.g. https://acme.api.identitynow.com.</source>
        <translation>Geben Sie die API-Basis-URL ein, z. B. https://acme.api.identitynow.com.</translation>
    </message>
    <message>
        <source>This looks like the address of the web interface; the API of this tenant is usually https://%1.api.identitynow.com.</source>
        <translation>Dies sieht nach der Adresse der Weboberfläche aus; die API dieses Mandanten ist normalerweise https://%1.api.identitynow.com.</translation>
    </message>
    <message>
        <source>Enter the client ID of a personal access token; the profile cannot connect without one.</source>
        <translation>Geben Sie die Client-ID eines persönlichen Zugriffstokens ein; ohne sie kann sich das Profil nicht verbinden.</translation>
    </message>
    <message>
        <source>This does not look like the client ID of a personal access token (32 hexadecimal digits, or 36 characters with dashes); check that it is not the secret.</source>
        <translation>Dies sieht nicht nach der Client-ID eines persönlichen Zugriffstokens aus (32 Hexadezimalziffern oder 36 Zeichen mit Bindestrichen); prüfen Sie, dass es nicht das Secret ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the API offers; choose one of: %2.</source>
        <translation>„%1“ ist keine Sprache, die die API anbietet; wählen Sie eine von: %2.</translation>
    </message>
</context>
<context>
    <name>isc::RequestDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Close the dialog without waiting</source>
        <translation>Dialog schließen, ohne zu warten</translation>
    </message>
    <message>
        <source>Cancel the request in progress</source>
        <translation>Laufende Anfrage abbrechen</translation>
    </message>
</context>
<context>
    <name>isc::RequestStatusWidget</name>
    <message>
        <source>&amp;Tracking ID:</source>
        <translation>&amp;Tracking-ID:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the tracking ID, to quote it to SailPoint support</source>
        <translation>Tracking-ID kopieren, um sie dem SailPoint-Support zu nennen</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>Tracking-ID</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Anfragestatus</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>HTTP status %1 (%2)</source>
        <translation>HTTP-Status %1 (%2)</translation>
    </message>
</context>
<context>
    <name>isc::RotateSecretDialog</name>
    <message>
        <source>Rotate Secret</source>
        <translation>Secret erneuern</translation>
    </message>
    <message>
        <source>&amp;New client secret:</source>
        <translation>&amp;Neues Client-Secret:</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Neues Client-Secret</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>New client secret, repeated</source>
        <translation>Neues Client-Secret, wiederholt</translation>
    </message>
    <message>
        <source>Secret problem</source>
        <translation>Problem mit dem Secret</translation>
    </message>
    <message>
        <source>Enter the new client secret.</source>
        <translation>Geben Sie das neue Client-Secret ein.</translation>
    </message>
    <message>
        <source>Enter the secret a second time.</source>
        <translation>Geben Sie das Secret ein zweites Mal ein.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben unterscheiden sich.</translation>
    </message>
    <message>
        <source>Personal access token secrets have %1 characters; this one has %2. Check that it was copied whole.</source>
        <extracomment>%1 is a number of characters (64)</extracomment>
        <translation>Secrets persönlicher Zugriffstoken haben %1 Zeichen; dieses hat %2. Prüfen Sie, ob es vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>Rotate Secret of “%1”</source>
        <translation>Secret von „%1“ erneuern</translation>
    </message>
    <message>
        <source>Enter the new client secret of the personal access token that “%1” uses. It replaces the stored secret at once.</source>
        <translation>Geben Sie das neue Client-Secret des persönlichen Zugriffstokens ein, das „%1“ verwendet. Es ersetzt das gespeicherte Secret sofort.</translation>
    </message>
    <message>
        <source>Create the new secret in Identity Security Cloud first (Preferences, Personal Access Tokens), then enter it here. The secret is stored in the system keychain and never shown again.</source>
        <translation>Erstellen Sie das neue Secret zuerst in Identity Security Cloud (Einstellungen, Persönliche Zugriffstoken) und geben Sie es dann hier ein. Das Secret wird im Schlüsselbund des Systems gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Replace Secret</source>
        <translation>Secret &amp;ersetzen</translation>
    </message>
</context>
<context>
    <name>isc::SailConfigReader</name>
    <message>
        <source>There is no sail CLI configuration at %1.</source>
        <translation>Unter %1 gibt es keine sail-CLI-Konfiguration.</translation>
    </message>
    <message>
        <source>%1 is too large to be a sail CLI configuration.</source>
        <translation>%1 ist zu groß für eine sail-CLI-Konfiguration.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 ist kein gültiges YAML: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4</source>
        <extracomment>%1 a file, %2 and %3 numbers, %4 the parser&apos;s message (English)</extracomment>
        <translation>%1 ist kein gültiges YAML (Zeile %2, Spalte %3): %4</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a sail CLI configuration (its top level is not a map).</source>
        <translation>%1 ist keine sail-CLI-Konfiguration (die oberste Ebene ist keine Map).</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; has no base URL; it was left out.</source>
        <translation>Die Umgebung „%1“ hat keine Basis-URL; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; was left out: %2</source>
        <translation>Die Umgebung „%1“ wurde ausgelassen: %2</translation>
    </message>
    <message>
        <source>In %1, &quot;environments&quot; is not a map of named environments.</source>
        <translation>In %1 ist „environments“ keine Map benannter Umgebungen.</translation>
    </message>
    <message>
        <source>An environment without a name was left out.</source>
        <translation>Eine Umgebung ohne Namen wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is not a map; it was left out.</source>
        <translation>Die Umgebung „%1“ ist keine Map; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no environments.</source>
        <translation>%1 hat keine Umgebungen.</translation>
    </message>
    <message>
        <source>%1 has no usable environment.</source>
        <translation>%1 hat keine verwendbare Umgebung.</translation>
    </message>
</context>
<context>
    <name>isc::SailEnvironment</name>
    <message>
        <source>Environment</source>
        <extracomment>Name of the implicit profile made of the SAIL_BASE_URL, SAIL_CLIENT_ID and SAIL_CLIENT_SECRET environment variables</extracomment>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The environment variable SAIL_BASE_URL is not set.</source>
        <translation>Die Umgebungsvariable SAIL_BASE_URL ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>SAIL_BASE_URL must be a full URL such as https://acme.api.identitynow.com.</source>
        <translation>SAIL_BASE_URL muss eine vollständige URL sein, z. B. https://acme.api.identitynow.com.</translation>
    </message>
    <message>
        <source>SAIL_BASE_URL is refused: %1</source>
        <translation>SAIL_BASE_URL wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>SAIL_BASE_URL is set but SAIL_CLIENT_ID is not.</source>
        <translation>SAIL_BASE_URL ist gesetzt, SAIL_CLIENT_ID aber nicht.</translation>
    </message>
    <message>
        <source>SAIL_BASE_URL is set but SAIL_CLIENT_SECRET is not.</source>
        <translation>SAIL_BASE_URL ist gesetzt, SAIL_CLIENT_SECRET aber nicht.</translation>
    </message>
</context>
<context>
    <name>isc::SailImportDialog</name>
    <message>
        <source>Import from sail CLI</source>
        <translation>Aus sail-CLI importieren</translation>
    </message>
    <message>
        <source>Problem reading the file</source>
        <translation>Problem beim Lesen der Datei</translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation>&amp;Umgebungen:</translation>
    </message>
    <message>
        <source>Environments to import</source>
        <translation>Zu importierende Umgebungen</translation>
    </message>
    <message>
        <source>Environments left out</source>
        <translation>Ausgelassene Umgebungen</translation>
    </message>
    <message>
        <source>Tick the environments to import</source>
        <translation>Haken Sie die zu importierenden Umgebungen an</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The sail CLI configuration cannot be imported.</source>
        <translation>Die sail-CLI-Konfiguration kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>The sail CLI configuration has no environment to import.</source>
        <translation>Die sail-CLI-Konfiguration hat keine Umgebung zum Importieren.</translation>
    </message>
    <message>
        <source>Tick the environments of the sail CLI to add as tenant profiles. Each becomes a profile named after it.</source>
        <translation>Haken Sie die Umgebungen der sail-CLI an, die als Mandantenprofile hinzugefügt werden sollen. Jede wird zu einem Profil mit ihrem Namen.</translation>
    </message>
    <message>
        <source>Client secrets are not imported: the sail CLI keeps them in its own keyring. Enter each with “Rotate Secret…” after the import.</source>
        <translation>Client-Secrets werden nicht importiert: Die sail-CLI bewahrt sie in ihrem eigenen Schlüsselbund auf. Geben Sie jedes nach dem Import mit „Secret erneuern…“ ein.</translation>
    </message>
    <message>
        <source>already the profile “%1”</source>
        <extracomment>The environment is already a tenant profile, named %1</extracomment>
        <translation>bereits das Profil „%1“</translation>
    </message>
    <message>
        <source>active in sail</source>
        <extracomment>The environment the sail CLI uses now</extracomment>
        <translation>in sail aktiv</translation>
    </message>
    <message>
        <source>no client ID: enter it after the import</source>
        <translation>keine Client-ID: nach dem Import eingeben</translation>
    </message>
</context>
<context>
    <name>isc::SandboxProcess</name>
    <message>
        <source>The sandbox program isc-sandbox was not found next to this application, in ISC_SANDBOX_PATH or on PATH.</source>
        <translation>Das Sandbox-Programm isc-sandbox wurde weder neben dieser Anwendung noch in ISC_SANDBOX_PATH oder im PATH gefunden.</translation>
    </message>
    <message>
        <source>The sandbox exited before it was ready.</source>
        <translation>Die Sandbox wurde beendet, bevor sie bereit war.</translation>
    </message>
    <message>
        <source>The sandbox announced an unusable address: %1</source>
        <translation>Die Sandbox hat eine unbrauchbare Adresse gemeldet: %1</translation>
    </message>
    <message>
        <source>The sandbox crashed.</source>
        <translation>Die Sandbox ist abgestürzt.</translation>
    </message>
    <message>
        <source>The sandbox exited with code %1.</source>
        <translation>Die Sandbox wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox did not start listening in time.</source>
        <translation>Die Sandbox hat nicht rechtzeitig begonnen zu lauschen.</translation>
    </message>
</context>
<context>
    <name>isc::SecretJob</name>
    <message>
        <source>The secret store was closed.</source>
        <translation>Der Secret-Speicher wurde geschlossen.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>Das Client-Secret ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 The secret is kept in memory for this session only.</source>
        <translation>%1 %2 Das Secret wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The secret could not be deleted from the keychain: %1</source>
        <translation>Das Secret konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>isc::SecretStore</name>
    <message>
        <source>The secret file %1 cannot be read: %2</source>
        <translation>Die Secret-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is damaged; enter the client secrets again.</source>
        <translation>Die Secret-Datei %1 ist beschädigt; geben Sie die Client-Secrets erneut ein.</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be written: %2</source>
        <translation>Die Secret-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The system keychain is not used. Client secrets are stored unencrypted in %1, readable only by you.</source>
        <translation>Der Schlüsselbund des Systems wird nicht verwendet. Client-Secrets werden unverschlüsselt in %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>The system keychain is not used. Client secrets are kept in memory for this session only.</source>
        <translation>Der Schlüsselbund des Systems wird nicht verwendet. Client-Secrets werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Client secrets are stored unencrypted in %2, readable only by you.</source>
        <extracomment>%1 the keychain&apos;s own error message, %2 a file path</extracomment>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Client-Secrets werden unverschlüsselt in %2 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Client secrets are kept in memory for this session only and must be entered again after the console restarts.</source>
        <extracomment>%1 the keychain&apos;s own error message</extracomment>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Client-Secrets werden nur für diese Sitzung im Speicher gehalten und müssen nach einem Neustart der Konsole erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be removed.</source>
        <translation>Die Secret-Datei %1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>isc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>&amp;Inaktivitäts-Zeitlimit:</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>Inaktivitäts-Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>Longest &amp;call:</source>
        <translation>Längster &amp;Aufruf:</translation>
    </message>
    <message>
        <source>Longest call in seconds</source>
        <translation>Längster Aufruf in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Repeat failed reads:</source>
        <translation>Fehlgeschlagene Lesevorgänge &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeats of a failed read</source>
        <translation>Wiederholungen eines fehlgeschlagenen Lesevorgangs</translation>
    </message>
    <message>
        <source>Longest rate-limit &amp;wait:</source>
        <translation>Längste Wartezeit bei Anfrage&amp;limit:</translation>
    </message>
    <message>
        <source>Longest rate-limit wait in seconds</source>
        <translation>Längste Wartezeit bei Anfragelimit in Sekunden</translation>
    </message>
    <message>
        <source>Client Secrets</source>
        <translation>Client-Secrets</translation>
    </message>
    <message>
        <source>Without a system keychain, keep client secrets in a &amp;file (not encrypted)</source>
        <translation>Ohne Schlüsselbund des Systems Client-Secrets in einer &amp;Datei speichern (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Warning about the secrets file</source>
        <translation>Warnung zur Secret-Datei</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>The longest call (%1 s) must not be shorter than the inactivity timeout (%2 s).</source>
        <translation>Der längste Aufruf (%1 s) darf nicht kürzer als das Inaktivitäts-Zeitlimit (%2 s) sein.</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds in a spin box: &quot;30 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>A request that sends and receives nothing for this long fails as timed out.</source>
        <translation>Eine Anfrage, die so lange nichts sendet und empfängt, schlägt mit Zeitüberschreitung fehl.</translation>
    </message>
    <message>
        <source>No call, with its repeats and waits, takes longer than this. Uploads of versions have no such limit.</source>
        <translation>Kein Aufruf mit seinen Wiederholungen und Wartezeiten dauert länger. Das Hochladen von Versionen hat keine solche Grenze.</translation>
    </message>
    <message>
        <source>Reads that fail with a server error or a dropped connection are repeated, with growing pauses. Changes (create, rename, delete, upload, link) are never repeated blindly.</source>
        <translation>Lesevorgänge, die mit einem Serverfehler oder einer abgebrochenen Verbindung fehlschlagen, werden mit wachsenden Pausen wiederholt. Änderungen (Erstellen, Umbenennen, Löschen, Hochladen, Verknüpfen) werden nie blind wiederholt.</translation>
    </message>
    <message>
        <source>When Identity Security Cloud asks to wait (HTTP 429, Retry-After) longer than this, the call fails instead of waiting.</source>
        <translation>Wenn Identity Security Cloud verlangt, länger als so lange zu warten (HTTP 429, Retry-After), schlägt der Aufruf fehl, statt zu warten.</translation>
    </message>
    <message>
        <source>Applies to tenants opened from now on.</source>
        <translation>Gilt für Mandanten, die ab jetzt geöffnet werden.</translation>
    </message>
    <message>
        <source>Only used when no system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) answers.</source>
        <translation>Wird nur verwendet, wenn kein Schlüsselbund des Systems (Secret Service, KWallet, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung) antwortet.</translation>
    </message>
    <message>
        <source>Warning: the secrets are written unencrypted to %1, readable only by your user account. Anyone with access to that account or its backups can read them and act on your tenants.</source>
        <translation>Warnung: Die Secrets werden unverschlüsselt in %1 geschrieben, nur für Ihr Benutzerkonto lesbar. Wer Zugriff auf dieses Konto oder seine Sicherungen hat, kann sie lesen und in Ihren Mandanten handeln.</translation>
    </message>
</context>
<context>
    <name>isc::TableExporter</name>
    <message>
        <source>The CSV field separator must be a comma, a semicolon or a tab, not “%1”.</source>
        <extracomment>%1 is the character the user chose to separate CSV fields</extracomment>
        <translation>Das CSV-Feldtrennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Column %1 does not exist: the table has %2 columns.</source>
        <extracomment>%1 is a column number, %2 how many columns the table has</extracomment>
        <translation>Spalte %1 existiert nicht: Die Tabelle hat %2 Spalten.</translation>
    </message>
    <message>
        <source>Row %1 does not exist: the table has %2 rows.</source>
        <extracomment>%1 is a row number, %2 how many rows the table has</extracomment>
        <translation>Zeile %1 existiert nicht: Die Tabelle hat %2 Zeilen.</translation>
    </message>
    <message>
        <source>The export destination is not open for writing.</source>
        <translation>Das Exportziel ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The table changed during the export (rows were loaded, removed or re-sorted). Export again.</source>
        <translation>Die Tabelle hat sich während des Exports geändert (Zeilen wurden geladen, entfernt oder neu sortiert). Exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>isc::TableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>isc::TablePage</name>
    <message numerus="yes">
        <source>Loading was cancelled: %n row(s) loaded. Refresh to load them all.</source>
        <translation>
            <numerusform>Das Laden wurde abgebrochen: %n Zeile geladen. Aktualisieren Sie, um alle zu laden.</numerusform>
            <numerusform>Das Laden wurde abgebrochen: %n Zeilen geladen. Aktualisieren Sie, um alle zu laden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quick filter:</source>
        <translation>Sch&amp;nellfilter:</translation>
    </message>
    <message>
        <source>Type to show only matching rows (Ctrl+F)</source>
        <translation>Tippen Sie, um nur passende Zeilen anzuzeigen (Strg+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Shows only the rows whose visible text contains these characters, ignoring case</source>
        <translation>Zeigt nur die Zeilen, deren sichtbarer Text diese Zeichen enthält, ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>Details der ausgewählten Zeile</translation>
    </message>
</context>
<context>
    <name>isc::TenantProfile</name>
    <message>
        <source>Sandbox</source>
        <extracomment>Name of the built-in profile that runs the local API emulator</extracomment>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>isc::TenantProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problem mit der Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation>Problem mit der Client-ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation>Wo das Secret aufbewahrt wird</translation>
    </message>
    <message>
        <source>Connector te&amp;xts in:</source>
        <translation>Konnektorte&amp;xte in:</translation>
    </message>
    <message>
        <source>Language of connector texts for this tenant</source>
        <translation>Sprache der Konnektortexte für diesen Mandanten</translation>
    </message>
    <message>
        <source>Read-&amp;only: refuse every change to this tenant</source>
        <translation>Schreib&amp;geschützt: jede Änderung an diesem Mandanten ablehnen</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Same as the console</source>
        <translation>Wie die Konsole</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile runs the local isc-sandbox emulator on a free port of this computer. It cannot be edited or removed.</source>
        <translation>Das integrierte Profil „Sandbox“ startet den lokalen Emulator isc-sandbox auf einem freien Port dieses Computers. Es kann nicht bearbeitet oder entfernt werden.</translation>
    </message>
    <message>
        <source>Chosen when the sandbox starts</source>
        <translation>Wird beim Start der Sandbox gewählt</translation>
    </message>
    <message>
        <source>This profile comes from the variables %1, %2 and %3 of the environment the console was started in. Change them to change it; it is never saved.</source>
        <translation>Dieses Profil stammt aus den Variablen %1, %2 und %3 der Umgebung, in der die Konsole gestartet wurde. Ändern Sie diese, um es zu ändern; es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>From a personal access token</source>
        <translation>Aus einem persönlichen Zugriffstoken</translation>
    </message>
    <message>
        <source>Creating, renaming, uploading, deleting and linking are refused for this tenant, by the console itself. Use it for production tenants you only inspect.</source>
        <translation>Erstellen, Umbenennen, Hochladen, Löschen und Verknüpfen werden für diesen Mandanten von der Konsole selbst abgelehnt. Verwenden Sie dies für Produktionsmandanten, die Sie nur einsehen.</translation>
    </message>
    <message>
        <source>The secret of the personal access token; stored in the system keychain.</source>
        <translation>Das Secret des persönlichen Zugriffstokens; wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
</context>
<context>
    <name>isc::TenantProfilesDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation>Mandantenprofile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Import from sail CLI…</source>
        <translation>Aus sail-CLI &amp;importieren…</translation>
    </message>
    <message>
        <source>Keychain state</source>
        <translation>Zustand des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Keep client secrets in a &amp;file only I can read (not encrypted)</source>
        <translation>Client-Secrets in einer Datei speichern, die nur ich &amp;lesen kann (unverschlüsselt)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>Secret e&amp;rneuern…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation>Verbindungstest abgebrochen.</translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>Das Profil kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The profile “%1” was saved.</source>
        <translation>Das Profil „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>The profile was not duplicated: %1</source>
        <translation>Das Profil wurde nicht dupliziert: %1</translation>
    </message>
    <message>
        <source>“%1” is a copy; its client secret is copied too, when one is stored.</source>
        <translation>„%1“ ist eine Kopie; sein Client-Secret wird ebenfalls kopiert, sofern eines gespeichert ist.</translation>
    </message>
    <message>
        <source>Remove Profile?</source>
        <translation>Profil entfernen?</translation>
    </message>
    <message>
        <source>Remove the tenant profile “%1”? Its client secret is deleted from the keychain too. The tenant itself is not changed.</source>
        <translation>Das Mandantenprofil „%1“ entfernen? Sein Client-Secret wird ebenfalls aus dem Schlüsselbund gelöscht. Der Mandant selbst wird nicht verändert.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The profile was not removed: %1</source>
        <translation>Das Profil wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>The profile “%1” was removed.</source>
        <translation>Das Profil „%1“ wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported. Enter their client secrets with “Rotate Secret…”.</source>
        <translation>
            <numerusform>%n Profil importiert. Geben Sie die Client-Secrets mit „Secret erneuern…“ ein.</numerusform>
            <numerusform>%n Profile importiert. Geben Sie ihre Client-Secrets mit „Secret erneuern…“ ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection to “%1”…</source>
        <translation>Verbindung zu „%1“ wird getestet…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Connected. Tenant: %1. Organization: %2. Pod: %3.</source>
        <translation>Verbunden. Mandant: %1. Organisation: %2. Pod: %3.</translation>
    </message>
    <message>
        <source>The access token is valid until %1.</source>
        <translation>Das Zugriffstoken ist gültig bis %1.</translation>
    </message>
    <message>
        <source>in use</source>
        <extracomment>Marks the profile in use in the list of profiles</extracomment>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Built in: it cannot be edited or removed.</source>
        <translation>Integriert: kann nicht bearbeitet oder entfernt werden.</translation>
    </message>
    <message>
        <source>Replace the stored client secret, e.g. after it was renewed</source>
        <translation>Das gespeicherte Client-Secret ersetzen, z. B. nachdem es erneuert wurde</translation>
    </message>
    <message>
        <source>No secret store is available</source>
        <translation>Kein Secret-Speicher verfügbar</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Stop waiting for the answer</source>
        <translation>Nicht mehr auf die Antwort warten</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <source>No secret store is available: client secrets cannot be entered here.</source>
        <translation>Kein Secret-Speicher verfügbar: Client-Secrets können hier nicht eingegeben werden.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Without a keychain the secret goes to an unencrypted file only you can read.</source>
        <translation>Ohne Schlüsselbund wird das Secret in einer unverschlüsselten Datei gespeichert, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Without a keychain the secret is kept in memory until the console exits.</source>
        <translation>Ohne Schlüsselbund wird das Secret im Speicher gehalten, bis die Konsole beendet wird.</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>The client secret is in the system keychain; “Rotate Secret…” replaces it.</source>
        <translation>Das Client-Secret liegt im Schlüsselbund des Systems; „Secret erneuern…“ ersetzt es.</translation>
    </message>
    <message>
        <source>The client secret of “%1” was not stored: %2 Enter it again with “Rotate Secret…”.</source>
        <translation>Das Client-Secret von „%1“ wurde nicht gespeichert: %2 Geben Sie es mit „Secret erneuern…“ erneut ein.</translation>
    </message>
    <message>
        <source>The client secret of “%1” is stored in the system keychain.</source>
        <translation>Das Client-Secret von „%1“ ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Store Secrets in a File?</source>
        <translation>Secrets in einer Datei speichern?</translation>
    </message>
    <message>
        <source>Client secrets will be written unencrypted to %1, readable only by your user account. Anyone with access to your account or its backups can read them and act on your tenants. Prefer a system keychain (Secret Service, KWallet) when you can.</source>
        <translation>Client-Secrets werden unverschlüsselt in %1 geschrieben, nur für Ihr Benutzerkonto lesbar. Wer Zugriff auf Ihr Konto oder seine Sicherungen hat, kann sie lesen und in Ihren Mandanten handeln. Verwenden Sie nach Möglichkeit einen Schlüsselbund des Systems (Secret Service, KWallet).</translation>
    </message>
    <message>
        <source>Store in a File</source>
        <translation>In einer Datei speichern</translation>
    </message>
    <message>
        <source>Save Changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>The new profile is not saved.</source>
        <translation>Das neue Profil ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>The changes to the profile “%1” are not saved.</source>
        <translation>Die Änderungen am Profil „%1“ sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>Enter the client ID first.</source>
        <translation>Geben Sie zuerst die Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the client secret first.</source>
        <translation>Geben Sie zuerst das Client-Secret ein.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
</context>
<context>
    <name>isc::TenantWorkflow</name>
    <message>
        <source>Could not read the customizers of “%1”</source>
        <translation>Die Customizer von „%1“ konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>isc::TokenManager</name>
    <message>
        <source>Could not sign in to %1</source>
        <translation>Anmeldung bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The token reply is not a JSON object.</source>
        <translation>Die Token-Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The token reply has no access_token.</source>
        <translation>Die Token-Antwort enthält kein access_token.</translation>
    </message>
    <message>
        <source>Could not sign in</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>isc::Workflow</name>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1 (%2)</source>
        <translation>HTTP-Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Tracking ID: %1</source>
        <translation>Tracking-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to slow down: sending again in %n second(s)…</source>
        <translation>
            <numerusform>Der Server hat um Verlangsamung gebeten: erneutes Senden in %n Sekunde…</numerusform>
            <numerusform>Der Server hat um Verlangsamung gebeten: erneutes Senden in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>The connection is read-only: nothing can be changed on this tenant.</source>
        <translation>Die Verbindung ist schreibgeschützt: Auf diesem Mandanten kann nichts geändert werden.</translation>
    </message>
</context>
<context>
    <name>isc::ZipInspection</name>
    <message>
        <source>package.json is too large to read (%1 bytes).</source>
        <translation>package.json ist zu groß zum Lesen (%1 Byte).</translation>
    </message>
    <message>
        <source>package.json cannot be read: %1</source>
        <translation>package.json kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>package.json cannot be read completely.</source>
        <translation>package.json kann nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>package.json is not valid JSON.</source>
        <translation>package.json ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (%2).</source>
        <translation>%1 ist kein lesbares ZIP-Archiv (%2).</translation>
    </message>
    <message>
        <source>Entry %1 of %2 cannot be read: %3</source>
        <translation>Eintrag %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 is an empty zip archive.</source>
        <translation>%1 ist ein leeres ZIP-Archiv.</translation>
    </message>
    <message>
        <source>%1 has no index.js, so it is not a connector customizer (build it with &quot;spcx package&quot;).</source>
        <translation>%1 enthält keine index.js und ist daher kein Konnektor-Customizer (erstellen Sie ihn mit „spcx package“).</translation>
    </message>
    <message>
        <source>%1 has its index.js in a folder (%2), not at the top of the archive.</source>
        <translation>%1 hat seine index.js in einem Ordner (%2), nicht auf der obersten Ebene des Archivs.</translation>
    </message>
    <message>
        <source>There is no connector-spec.json at the top of the archive.</source>
        <translation>Auf der obersten Ebene des Archivs gibt es keine connector-spec.json.</translation>
    </message>
</context>
<context>
    <name>isc::cli::ArgumentParser</name>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Führen Sie „%1 --help“ aus, um die Verwendung zu sehen.</translation>
    </message>
    <message>
        <source>Administer the connectors of SailPoint Identity Security Cloud from the command line. Results go to standard output, messages to standard error. Without a command, %1 starts the desktop console.</source>
        <translation>Verwaltet die Konnektoren von SailPoint Identity Security Cloud von der Kommandozeile aus. Ergebnisse gehen an die Standardausgabe, Meldungen an die Standardfehlerausgabe. Ohne Befehl startet %1 die Desktop-Konsole.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2 &lt;command&gt; [arguments]</source>
        <translation>Verwendung: %1 [Optionen] %2 &lt;Befehl&gt; [Argumente]</translation>
    </message>
    <message>
        <source>&lt;group&gt;</source>
        <translation>&lt;Gruppe&gt;</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands begin with %2.</source>
        <translation>Unbekannter Befehl „%1“; die Befehle beginnen mit %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>„%1“ braucht einen Befehl: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 has: %3.</source>
        <translation>Unbekannter Befehl „%1 %2“; %1 hat: %3.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]%3</source>
        <translation>Verwendung: %1 %2 [Optionen]%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <extracomment>%1 the command, %2 its arguments (&quot;ID NAME&quot;)</extracomment>
        <translation>„%1“ braucht %2.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Fehlt: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments; unexpected: &quot;%2&quot;.</source>
        <translation>„%1“ nimmt keine Argumente; unerwartet: „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2; unexpected: &quot;%3&quot;.</source>
        <translation>„%1“ nimmt %2; unerwartet: „%3“.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Use only one of --profile, --base-url and --sandbox.</source>
        <translation>Verwenden Sie nur eine der Optionen --profile, --base-url und --sandbox.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL; give the API base URL, e.g. https://acme.api.identitynow.com.</source>
        <translation>„%1“ ist keine URL; geben Sie die API-Basis-URL an, z. B. https://acme.api.identitynow.com.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>--format needs a value: table, csv or json.</source>
        <translation>--format braucht einen Wert: table, csv oder json.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--all loads every page: use it without --limit and --offset.</source>
        <translation>--all lädt jede Seite: Verwenden Sie es ohne --limit und --offset.</translation>
    </message>
</context>
<context>
    <name>isc::cli::CommandCatalog</name>
    <message>
        <source>The id of the connector customizer.</source>
        <translation>Die ID des Konnektor-Customizers.</translation>
    </message>
    <message>
        <source>The id of the source instance.</source>
        <translation>Die ID der Quellinstanz.</translation>
    </message>
    <message>
        <source>List the connector catalogue: one page, or every page with --all.</source>
        <translation>Den Konnektorkatalog auflisten: eine Seite oder mit --all jede Seite.</translation>
    </message>
    <message>
        <source>List every connector customizer.</source>
        <translation>Jeden Konnektor-Customizer auflisten.</translation>
    </message>
    <message>
        <source>Show one connector customizer.</source>
        <translation>Einen Konnektor-Customizer anzeigen.</translation>
    </message>
    <message>
        <source>Create a connector customizer.</source>
        <translation>Einen Konnektor-Customizer erstellen.</translation>
    </message>
    <message>
        <source>The name of the new customizer.</source>
        <translation>Der Name des neuen Customizers.</translation>
    </message>
    <message>
        <source>Rename a connector customizer.</source>
        <translation>Einen Konnektor-Customizer umbenennen.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>Upload a zip archive holding index.js (as &quot;spcx package&quot; makes it) as the next version of a connector customizer.</source>
        <translation>Ein ZIP-Archiv mit index.js (wie es „spcx package“ erstellt) als nächste Version eines Konnektor-Customizers hochladen.</translation>
    </message>
    <message>
        <source>The zip archive to upload.</source>
        <translation>Das hochzuladende ZIP-Archiv.</translation>
    </message>
    <message>
        <source>List the source instances and the customizer each one uses.</source>
        <translation>Die Quellinstanzen und den jeweils verwendeten Customizer auflisten.</translation>
    </message>
    <message>
        <source>Link a source instance to a connector customizer.</source>
        <translation>Eine Quellinstanz mit einem Konnektor-Customizer verknüpfen.</translation>
    </message>
    <message>
        <source>Unlink a source instance from its connector customizer.</source>
        <translation>Die Verknüpfung einer Quellinstanz mit ihrem Konnektor-Customizer lösen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Use the saved tenant profile &lt;name&gt; (its name or id; also &quot;sandbox&quot; and &quot;environment&quot;). Its secret comes from the keychain.</source>
        <translation>Das gespeicherte Mandantenprofil &lt;name&gt; verwenden (sein Name oder seine ID; auch „sandbox“ und „environment“). Sein Secret kommt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Use the tenant at &lt;url&gt; (https://TENANT.api.identitynow.com) with the client id and secret in SAIL_CLIENT_ID and SAIL_CLIENT_SECRET.</source>
        <translation>Den Mandanten unter &lt;url&gt; (https://TENANT.api.identitynow.com) mit der Client-ID und dem Secret aus SAIL_CLIENT_ID und SAIL_CLIENT_SECRET verwenden.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Start a local isc-sandbox for this command and use it.</source>
        <translation>Für diesen Befehl eine lokale isc-sandbox starten und verwenden.</translation>
    </message>
    <message>
        <source>Log requests, retries and token refreshes on standard error (secrets and tokens are never logged).</source>
        <translation>Anfragen, Wiederholungen und Token-Erneuerungen auf der Standardfehlerausgabe protokollieren (Secrets und Token werden nie protokolliert).</translation>
    </message>
    <message>
        <source>Output format: table (aligned columns, the default), csv (RFC 4180) or json (an array of objects).</source>
        <translation>Ausgabeformat: table (ausgerichtete Spalten, Standard), csv (RFC 4180) oder json (ein Array von Objekten).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the result to &lt;file&gt; instead of standard output; the file is replaced only when everything was written.</source>
        <translation>Das Ergebnis in &lt;file&gt; statt auf die Standardausgabe schreiben; die Datei wird erst ersetzt, wenn alles geschrieben wurde.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Only connectors matching &lt;filter&gt;, e.g. &apos;name sw &quot;Active&quot;&apos;. Allowed: %1.</source>
        <translation>Nur Konnektoren, die auf &lt;filter&gt; passen, z. B. &apos;name sw &quot;Active&quot;&apos;. Erlaubt: %1.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>Language of the descriptions: one of %1.</source>
        <translation>Sprache der Beschreibungen: eine von %1.</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; connectors (0 to 250; default 250).</source>
        <translation>Höchstens &lt;n&gt; Konnektoren (0 bis 250; Standard 250).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Skip the first &lt;n&gt; connectors (default 0).</source>
        <translation>Die ersten &lt;n&gt; Konnektoren überspringen (Standard 0).</translation>
    </message>
    <message>
        <source>Every matching connector, loaded page by page (not with --limit or --offset).</source>
        <translation>Jeder passende Konnektor, Seite für Seite geladen (nicht mit --limit oder --offset).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>usage error: bad arguments, or input refused before any request (filter, name, zip archive, missing credentials, unknown profile)</source>
        <translation>Bedienungsfehler: falsche Argumente oder Eingabe vor jeder Anfrage abgelehnt (Filter, Name, ZIP-Archiv, fehlende Zugangsdaten, unbekanntes Profil)</translation>
    </message>
    <message>
        <source>authentication or authorization refused (bad client id or secret, HTTP 401 or 403)</source>
        <translation>Authentifizierung oder Autorisierung abgelehnt (falsche Client-ID oder falsches Secret, HTTP 401 oder 403)</translation>
    </message>
    <message>
        <source>not found (HTTP 404: unknown id)</source>
        <translation>nicht gefunden (HTTP 404: unbekannte ID)</translation>
    </message>
    <message>
        <source>refused by a read-only profile; nothing was sent</source>
        <translation>von einem schreibgeschützten Profil abgelehnt; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>interrupted (SIGINT or SIGTERM)</source>
        <translation>unterbrochen (SIGINT oder SIGTERM)</translation>
    </message>
    <message>
        <source>Connection: --profile, --base-url or --sandbox; without them SAIL_BASE_URL (with SAIL_CLIENT_ID and SAIL_CLIENT_SECRET) when set, else the profile the desktop console has active. Secrets are never taken from the command line.</source>
        <translation>Verbindung: --profile, --base-url oder --sandbox; ohne diese SAIL_BASE_URL (mit SAIL_CLIENT_ID und SAIL_CLIENT_SECRET), falls gesetzt, sonst das Profil, das in der Desktop-Konsole aktiv ist. Secrets werden nie von der Kommandozeile übernommen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Delete a connector customizer. Prints nothing on standard output. Refused while source instances are linked to it, unless --force.</source>
        <translation>Einen Konnektor-Customizer löschen. Gibt nichts auf der Standardausgabe aus. Wird abgelehnt, solange Quellinstanzen mit ihm verknüpft sind, außer mit --force.</translation>
    </message>
    <message>
        <source>Delete even when source instances are linked to the customizer (they are left pointing at nothing).</source>
        <translation>Auch löschen, wenn Quellinstanzen mit dem Customizer verknüpft sind (sie verweisen danach ins Leere).</translation>
    </message>
    <message>
        <source>failure: network, server error, rate limit, unreadable reply, output not written, a customizer with linked sources not deleted (see --force)</source>
        <translation>Fehler: Netzwerk, Serverfehler, Anfragelimit, unlesbare Antwort, Ausgabe nicht geschrieben, ein Customizer mit verknüpften Quellen nicht gelöscht (siehe --force)</translation>
    </message>
</context>
<context>
    <name>isc::cli::CommandContext</name>
    <message numerus="yes">
        <source>The server is limiting the request rate; trying again in %n second(s).</source>
        <translation>
            <numerusform>Der Server begrenzt die Anfragerate; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Der Server begrenzt die Anfragerate; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) (rate limit)...</source>
        <translation>
            <numerusform>Warte %n Sekunde (Anfragelimit)...</numerusform>
            <numerusform>Warte %n Sekunden (Anfragelimit)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1 in %2 s after: %3</source>
        <extracomment>%1 attempt number, %2 seconds, %3 why the last attempt failed</extracomment>
        <translation>Versuch %1 in %2 s nach: %3</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>tracking ID %1</source>
        <extracomment>Users quote the tracking ID to SailPoint support</extracomment>
        <translation>Tracking-ID %1</translation>
    </message>
    <message>
        <source>%1 before the error; “%2” was not written.</source>
        <translation>%1 vor dem Fehler; „%2“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1 before the error; they are on standard output.</source>
        <translation>%1 vor dem Fehler; sie stehen auf der Standardausgabe.</translation>
    </message>
</context>
<context>
    <name>isc::cli::ConnectionSetup</name>
    <message>
        <source>There is no profile &quot;%1&quot;; the profiles are: %2.</source>
        <translation>Es gibt kein Profil „%1“; die Profile sind: %2.</translation>
    </message>
    <message>
        <source>--base-url needs the client id in %1 and the client secret in %2 (never on the command line, where other users can see it).</source>
        <translation>--base-url braucht die Client-ID in %1 und das Client-Secret in %2 (nie auf der Kommandozeile, wo andere Benutzer es sehen können).</translation>
    </message>
    <message>
        <source>Using the profile &quot;%1&quot; (choose with --profile, --base-url or --sandbox).</source>
        <translation>Das Profil „%1“ wird verwendet (Auswahl mit --profile, --base-url oder --sandbox).</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
</context>
<context>
    <name>isc::cli::ConnectorCommands</name>
    <message>
        <source>Connectors %1 to %2 of %3 matching; use --all for every one, or --offset %4 for the next page.</source>
        <extracomment>%1 and %2: the first and last connector shown (from 1), %3: how many match</extracomment>
        <translation>Konnektoren %1 bis %2 von %3 passenden; verwenden Sie --all für alle oder --offset %4 für die nächste Seite.</translation>
    </message>
    <message>
        <source>Loaded %1 of %2 connectors...</source>
        <translation>%1 von %2 Konnektoren geladen...</translation>
    </message>
    <message>
        <source>Loaded %1 connectors...</source>
        <translation>%1 Konnektoren geladen...</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) were loaded</source>
        <translation>
            <numerusform>%n Konnektor wurde geladen</numerusform>
            <numerusform>%n Konnektoren wurden geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::cli::CustomizerCommands</name>
    <message numerus="yes">
        <source>%1: %2, %n file(s): %3</source>
        <extracomment>%1 file name, %2 its size (&quot;12.5 KiB&quot;), %3 how many files it holds, %4 their names</extracomment>
        <translation>
            <numerusform>%1: %2, %n Datei: %3</numerusform>
            <numerusform>%1: %2, %n Dateien: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 %2</source>
        <extracomment>%1 the package name, %2 its version (from package.json)</extracomment>
        <translation>Paket %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customizer(s) were loaded</source>
        <translation>
            <numerusform>%n Customizer wurde geladen</numerusform>
            <numerusform>%n Customizer wurden geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was lost (%1), but the customizer was created: it is shown below.</source>
        <translation>Die Antwort ging verloren (%1), aber der Customizer wurde erstellt: Er wird unten angezeigt.</translation>
    </message>
    <message>
        <source>Deleted the connector customizer %1.</source>
        <translation>Der Konnektor-Customizer %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2...</source>
        <translation>Wird hochgeladen: %1 von %2...</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: %n source instance(s) are linked to the customizer %1: %2. Unlink them first (instances unlink ID), or pass --force.</source>
        <extracomment>%1 the customizer id, %2 the names of the source instances</extracomment>
        <translation>
            <numerusform>Nicht gelöscht: %n Quellinstanz ist mit dem Customizer %1 verknüpft: %2. Lösen Sie die Verknüpfung zuerst (instances unlink ID) oder verwenden Sie --force.</numerusform>
            <numerusform>Nicht gelöscht: %n Quellinstanzen sind mit dem Customizer %1 verknüpft: %2. Lösen Sie die Verknüpfungen zuerst (instances unlink ID) oder verwenden Sie --force.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::cli::CustomizerVersionModel</name>
    <message>
        <source>Customizer ID</source>
        <translation>Customizer-ID</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>isc::cli::InstanceCommands</name>
    <message numerus="yes">
        <source>%n instance(s) were loaded</source>
        <translation>
            <numerusform>%n Instanz wurde geladen</numerusform>
            <numerusform>%n Instanzen wurden geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::cli::ResultWriter</name>
    <message>
        <source>Writing to standard output failed: %1</source>
        <translation>Schreiben auf die Standardausgabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>isc::filter</name>
    <message>
        <source>the end of the filter</source>
        <translation>das Ende des Filters</translation>
    </message>
    <message>
        <source>strings are written in double quotes, not single quotes</source>
        <translation>Zeichenketten stehen in doppelten, nicht in einfachen Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; in a string: only \&quot; and \\ are allowed</source>
        <translation>ungültiges Escape &apos;\%1&apos; in einer Zeichenkette: nur \&quot; und \\ sind erlaubt</translation>
    </message>
    <message>
        <source>unterminated string: a closing &quot; is missing</source>
        <translation>nicht abgeschlossene Zeichenkette: ein schließendes &quot; fehlt</translation>
    </message>
    <message>
        <source>invalid date-time &apos;%1&apos;: use ISO 8601, e.g. 2024-05-01T12:00:00Z</source>
        <translation>ungültiges Datum mit Uhrzeit &apos;%1&apos;: verwenden Sie ISO 8601, z. B. 2024-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos;</source>
        <translation>ungültige Zahl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;: there is no &apos;(&apos; to close</source>
        <translation>unerwartetes &apos;)&apos;: es gibt keine &apos;(&apos; zum Schließen</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos; (operators are lowercase)</source>
        <translation>unbekannter Operator &apos;%1&apos; (Operatoren werden kleingeschrieben)</translation>
    </message>
    <message>
        <source>expected &apos;and&apos; or &apos;or&apos; before %1</source>
        <translation>&apos;and&apos; oder &apos;or&apos; vor %1 erwartet</translation>
    </message>
    <message>
        <source>expected a condition after %1, found %2</source>
        <translation>Bedingung nach %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected a condition (field operator value), found %1</source>
        <translation>Bedingung (Feld Operator Wert) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>&apos;)&apos; fehlt zum Schließen der &apos;(&apos; in Spalte %1</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation>&apos;)&apos; fehlt zum Schließen der &apos;(&apos; in Spalte %1, gefunden: %2</translation>
    </message>
    <message>
        <source>expected an operator after &apos;%1&apos;, found %2</source>
        <translation>Operator nach &apos;%1&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos;; the operators are eq, ne, gt, ge, lt, le, co, sw, in, ca, isnull and pr</source>
        <translation>unbekannter Operator &apos;%1&apos;; die Operatoren sind eq, ne, gt, ge, lt, le, co, sw, in, ca, isnull und pr</translation>
    </message>
    <message>
        <source>&apos;pr&apos; goes before the field: pr %1</source>
        <translation>&apos;pr&apos; steht vor dem Feld: pr %1</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;%1&apos;: %1 takes a list such as (&quot;a&quot;, &quot;b&quot;)</source>
        <translation>&apos;(&apos; nach &apos;%1&apos; erwartet: %1 erwartet eine Liste wie (&quot;a&quot;, &quot;b&quot;)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list, found %1</source>
        <translation>&apos;,&apos; oder &apos;)&apos; in der Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>invalid date-time &apos;%1&apos;</source>
        <translation>ungültiges Datum mit Uhrzeit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>null is not a value here; use &apos;field isnull&apos; or &apos;not pr field&apos;</source>
        <translation>null ist hier kein Wert; verwenden Sie &apos;field isnull&apos; oder &apos;not pr field&apos;</translation>
    </message>
    <message>
        <source>expected a value after %1, found &apos;%2&apos;: strings need double quotes, e.g. &quot;%2&quot;</source>
        <translation>Wert nach %1 erwartet, gefunden: &apos;%2&apos;: Zeichenketten brauchen doppelte Anführungszeichen, z. B. &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a value after %1</source>
        <translation>Wert nach %1 erwartet</translation>
    </message>
    <message>
        <source>expected a value after %1, found %2</source>
        <translation>Wert nach %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a string in double quotes, not %2</source>
        <translation>&apos;%1&apos; erwartet eine Zeichenkette in doppelten Anführungszeichen, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes true or false, not %2</source>
        <translation>&apos;%1&apos; erwartet true oder false, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number, not %2</source>
        <translation>&apos;%1&apos; erwartet eine Zahl, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes an ISO 8601 date-time, not %2</source>
        <translation>&apos;%1&apos; erwartet ein ISO-8601-Datum mit Uhrzeit, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be filtered here; this list takes no filters</source>
        <translation>&apos;%1&apos; kann hier nicht gefiltert werden; diese Liste erlaubt keine Filter</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be filtered here; allowed: %2</source>
        <translation>&apos;%1&apos; kann hier nicht gefiltert werden; erlaubt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be filtered with &apos;%2&apos; here; allowed: %3</source>
        <translation>&apos;%1&apos; kann hier nicht mit &apos;%2&apos; gefiltert werden; erlaubt: %3</translation>
    </message>
</context>
<context>
    <name>isc::json::Messages</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be %2, not %3.</source>
        <extracomment>%1 is a JSON field name, %2 the expected type, %3 the type received</extracomment>
        <translation>Feld &quot;%1&quot; sollte %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or empty.</source>
        <extracomment>%1 is a JSON field name</extracomment>
        <translation>Feld &quot;%1&quot; fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is empty where JSON was expected.</source>
        <translation>Die Antwort des Servers ist leer, wo JSON erwartet wurde.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1 at byte %2); it may have been cut off.</source>
        <extracomment>%1 is the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2); vielleicht wurde sie abgeschnitten.</translation>
    </message>
    <message>
        <source>The server&apos;s reply should be a JSON array, not %1.</source>
        <translation>Die Antwort des Servers sollte ein JSON-Array sein, nicht %1.</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>it should be an object, not %1.</source>
        <translation>es sollte ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>Item %1 of the server&apos;s reply is invalid: %2</source>
        <extracomment>%1 is the position of an item in a list, %2 what is wrong with it</extracomment>
        <translation>Element %1 der Antwort des Servers ist ungültig: %2</translation>
    </message>
    <message>
        <source>The server&apos;s reply should be a JSON object, not %1.</source>
        <translation>Die Antwort des Servers sollte ein JSON-Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is invalid: %1</source>
        <translation>Die Antwort des Servers ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>isc::services</name>
    <message>
        <source>No %1 was given.</source>
        <translation>Es wurde keine %1 angegeben.</translation>
    </message>
    <message>
        <source>The %1 is too long.</source>
        <translation>Die %1 ist zu lang.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains characters an id cannot have.</source>
        <translation>Die %1 „%2“ enthält Zeichen, die eine ID nicht haben kann.</translation>
    </message>
</context>
</TS>
