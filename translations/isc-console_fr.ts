<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>isc::ActivityModel</name>
    <message>
        <source>Failed with HTTP status %1</source>
        <translation>Échec avec le statut HTTP %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <extracomment>Column title: how long a call took, in milliseconds</extracomment>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>ID de suivi</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>When the call started (local time)</source>
        <translation>Début de l&apos;appel (heure locale)</translation>
    </message>
    <message>
        <source>The HTTP status of the last attempt, or what became of the call</source>
        <translation>Le statut HTTP de la dernière tentative, ou ce qu&apos;il est advenu de l&apos;appel</translation>
    </message>
    <message>
        <source>The whole call in milliseconds, repeats and waits included</source>
        <translation>L&apos;appel complet en millisecondes, nouvelles tentatives et attentes comprises</translation>
    </message>
    <message>
        <source>The server&apos;s trackingId: quote it to SailPoint support</source>
        <translation>Le trackingId du serveur&#xa0;: communiquez-le au support SailPoint</translation>
    </message>
    <message>
        <source>Repeats after the first attempt (401, 429, 5xx, dropped, timeout)</source>
        <translation>Nouvelles tentatives après la première (401, 429, 5xx, connexion interrompue, délai dépassé)</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Status of a call still in progress</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Status of a call that ended without an HTTP status (no connection, timeout)</extracomment>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>isc::ActivityWidget</name>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en tant que curl</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command line. The token is $ISC_ACCESS_TOKEN and the client secret $SAIL_CLIENT_SECRET: set them in the shell.</source>
        <translation>Copier l&apos;appel sélectionné sous forme de ligne de commande curl. Le jeton est $ISC_ACCESS_TOKEN et le secret client $SAIL_CLIENT_SECRET&#xa0;: définissez-les dans le shell.</translation>
    </message>
    <message>
        <source>Copy Tracking ID</source>
        <translation>Copier l&apos;ID de suivi</translation>
    </message>
    <message>
        <source>Copy the server&apos;s trackingId of the selected call</source>
        <translation>Copier le trackingId du serveur pour l&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget the calls listed</source>
        <translation>Oublier les appels listés</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Appels d&apos;API</translation>
    </message>
    <message>
        <source>Error of the selected call</source>
        <translation>Erreur de l&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The details line of a failed call: %1 method and path, %2 the error</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>isc::ApiCallJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
</context>
<context>
    <name>isc::ApiError</name>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation>%1 a fermé la connexion avant que la réponse soit complète.</translation>
    </message>
    <message>
        <source>The host name %1 was not found.</source>
        <translation>Le nom d&apos;hôte %1 est introuvable.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Le réseau n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The proxy could not be used (%1).</source>
        <translation>Le proxy n&apos;a pas pu être utilisé (%1).</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2).</source>
        <translation>%1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 est injoignable.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (400).</source>
        <translation>Le serveur a rejeté la requête comme non valide (400).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a rejeté la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The credentials lack the permission for this (403); writing needs the scope sp:connector:manage.</source>
        <translation>Les identifiants n&apos;ont pas l&apos;autorisation nécessaire (403)&#xa0;; l&apos;écriture requiert le scope sp:connector:manage.</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Accès refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>It was not found on the server (404); it may have been deleted meanwhile.</source>
        <translation>Élément introuvable sur le serveur (404)&#xa0;; il a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server reported a conflict (409).</source>
        <translation>Le serveur a signalé un conflit (409).</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server failed with an internal error (%1).</source>
        <translation>Le serveur a rencontré une erreur interne (%1).</translation>
    </message>
    <message>
        <source>The server failed with an internal error (%1): %2</source>
        <translation>Le serveur a rencontré une erreur interne (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation>Le serveur a répondu avec le statut %1.</translation>
    </message>
    <message>
        <source>The server answered with status %1: %2</source>
        <translation>Le serveur a répondu avec le statut %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>The request did not complete within %n second(s).</source>
        <translation>
            <numerusform>La requête ne s&apos;est pas terminée en %n seconde.</numerusform>
            <numerusform>La requête ne s&apos;est pas terminée en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s); the request was given up.</source>
        <translation>
            <numerusform>%1 n&apos;a rien envoyé pendant %n seconde&#xa0;; la requête a été abandonnée.</numerusform>
            <numerusform>%1 n&apos;a rien envoyé pendant %n secondes&#xa0;; la requête a été abandonnée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>La connexion sécurisée à %1 n&apos;a pas pu être vérifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server redirected the request to another address, which the console does not follow with your credentials. Check the API base URL.</source>
        <translation>Le serveur a redirigé la requête vers une autre adresse, que la console ne suit pas avec vos identifiants. Vérifiez l&apos;URL de base de l&apos;API.</translation>
    </message>
    <message>
        <source>The client ID or secret was not accepted (%1).</source>
        <translation>L&apos;ID client ou le secret n&apos;a pas été accepté (%1).</translation>
    </message>
    <message>
        <source>The credentials were not accepted: %1</source>
        <translation>Les identifiants n&apos;ont pas été acceptés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s rate limit was reached; try again in %n second(s).</source>
        <translation>
            <numerusform>La limite de requêtes du serveur est atteinte&#xa0;; réessayez dans %n seconde.</numerusform>
            <numerusform>La limite de requêtes du serveur est atteinte&#xa0;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; try again later.</source>
        <translation>La limite de requêtes du serveur est atteinte&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server sent a reply the console cannot read: %1</source>
        <translation>Le serveur a envoyé une réponse que la console ne peut pas lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>This connection is read-only, so nothing is created, changed or deleted.</source>
        <translation>Cette connexion est en lecture seule&#xa0;: rien n&apos;est créé, modifié ni supprimé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>context: reason</comment>
        <extracomment>A failed action and why: &quot;Could not load the connectors: &lt;reason&gt;&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It was not carried out; it is safe to try again.</source>
        <translation>L&apos;opération n&apos;a pas été effectuée&#xa0;; vous pouvez réessayer sans risque.</translation>
    </message>
    <message>
        <source>It may have been carried out anyway; check before trying again.</source>
        <translation>L&apos;opération a peut-être été effectuée malgré tout&#xa0;; vérifiez avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>isc::ApiRequestJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>isc::ChooseCustomizerDialog</name>
    <message>
        <source>Choose Customizer</source>
        <translation>Choisir un personnalisateur</translation>
    </message>
    <message>
        <source>Customizers</source>
        <translation>Personnalisateurs</translation>
    </message>
    <message>
        <source>Unlinking the source…</source>
        <translation>Déliaison de la source…</translation>
    </message>
    <message>
        <source>Linking the source…</source>
        <translation>Liaison de la source…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>This is the current choice</source>
        <translation>C&apos;est le choix actuel</translation>
    </message>
    <message>
        <source>Choose Customizer for “%1”</source>
        <translation>Choisir le personnalisateur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose the customizer that the source “%1” should use.</source>
        <translation>Choisissez le personnalisateur que la source «&#xa0;%1&#xa0;» doit utiliser.</translation>
    </message>
    <message>
        <source>no customizer</source>
        <translation>aucun personnalisateur</translation>
    </message>
    <message>
        <source>None (unlink the source)</source>
        <translation>Aucun (délier la source)</translation>
    </message>
    <message>
        <source>Unknown customizer (%1)</source>
        <translation>Personnalisateur inconnu (%1)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>%1 (no version yet)</source>
        <translation>%1 (pas encore de version)</translation>
    </message>
    <message>
        <source>%1 — current</source>
        <extracomment>Marks the current choice in the list</extracomment>
        <translation>%1 – actuel</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement&#xa0;: %1</translation>
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
        <translation>texte	contient le texte (sans tenir compte de la casse)
=x	égal à x
&lt;&gt;x	différent de x (aussi !=x)
&lt;x, &gt;x, &lt;=x, &gt;=x	inférieur ou supérieur&#xa0;: nombres par valeur, dates par heure (2024-03-01 est la journée entière), texte par ordre alphabétique
=	vide
&lt;&gt;	non vide
/regex/	correspond à l&apos;expression régulière
&quot;texte&quot;	exactement ce texte, espaces compris</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1 (at character %2).</source>
        <extracomment>%1 is the regular expression engine&apos;s message, %2 a position in the pattern</extracomment>
        <translation>Expression régulière non valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
</context>
<context>
    <name>isc::ColumnFilterRow</name>
    <message>
        <source>Column filters</source>
        <translation>Filtres de colonne</translation>
    </message>
    <message>
        <source>This filter is not applied: %1</source>
        <extracomment>%1 says why a column filter cannot be used (e.g. an invalid regular expression)</extracomment>
        <translation>Ce filtre n&apos;est pas appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Filter of column %1</source>
        <extracomment>Accessible name of the filter edit under a column; %1 is the column title</extracomment>
        <translation>Filtre de la colonne %1</translation>
    </message>
</context>
<context>
    <name>isc::ConnectionJob</name>
    <message>
        <source>The connection resolver was closed.</source>
        <translation>Le résolveur de connexion a été fermé.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API base URL.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas d&apos;URL de base de l&apos;API.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no client ID; enter the client ID of a personal access token.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas d&apos;ID client&#xa0;; saisissez l&apos;ID client d&apos;un jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <source>No client secret was given for &quot;%1&quot;.</source>
        <translation>Aucun secret client n&apos;a été fourni pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The sandbox was stopped.</source>
        <translation>Le bac à sable a été arrêté.</translation>
    </message>
    <message>
        <source>No client secret is stored for the profile &quot;%1&quot;; enter it in the profile&apos;s settings.</source>
        <translation>Aucun secret client n&apos;est enregistré pour le profil «&#xa0;%1&#xa0;»&#xa0;; saisissez-le dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>The client secret of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>Le secret client du profil «&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>isc::ConnectionMessages</name>
    <message>
        <source>The API base URL is not a valid URL with a host name.</source>
        <translation>L&apos;URL de base de l&apos;API n&apos;est pas une URL valide avec un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>L&apos;URL de base de l&apos;API ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a local sandbox (localhost or 127.0.0.1); use https:// for a tenant.</source>
        <translation>Le simple http:// n&apos;est autorisé que pour un bac à sable local (localhost ou 127.0.0.1)&#xa0;; utilisez https:// pour un locataire.</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>L&apos;URL de base de l&apos;API doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>isc::ConnectionTestJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorFilterBuilder</name>
    <message>
        <source>Name &amp;starts with:</source>
        <translation>&amp;Le nom commence par&#xa0;:</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>Le nom commence par</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Connector type</source>
        <translation>Type de connecteur</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Direct connect:</source>
        <translation>Connexion &amp;directe&#xa0;:</translation>
    </message>
    <message>
        <source>Direct connect</source>
        <translation>Connexion directe</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>&amp;Fonctionnalités&#xa0;:</translation>
    </message>
    <message>
        <source>Features the connector must all have</source>
        <translation>Fonctionnalités que le connecteur doit toutes posséder</translation>
    </message>
    <message>
        <source>Filter &amp;expression:</source>
        <translation>E&amp;xpression de filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Expression de filtre</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Problème de filtre</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <extracomment>%1 is a 1-based character position in the filter text, %2 what is wrong there</extracomment>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The fields above cannot show this filter until it is valid. Clear starts over.</source>
        <translation>Les champs ci-dessus ne peuvent afficher ce filtre que lorsqu&apos;il est valide. «&#xa0;Effacer&#xa0;» recommence à zéro.</translation>
    </message>
    <message>
        <source>Custom filter: the fields above cannot show it. Clear starts over.</source>
        <translation>Filtre personnalisé&#xa0;: les champs ci-dessus ne peuvent pas l&apos;afficher. «&#xa0;Effacer&#xa0;» recommence à zéro.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Any name</source>
        <translation>Tout nom</translation>
    </message>
    <message>
        <source>Only connectors that have every feature ticked</source>
        <translation>Uniquement les connecteurs possédant chaque fonctionnalité cochée</translation>
    </message>
    <message>
        <source>e.g. name sw &quot;Active&quot; and directConnect eq true</source>
        <translation>p. ex. name sw &quot;Active&quot; and directConnect eq true</translation>
    </message>
    <message>
        <source>The filters parameter of the connectors list. Allowed: %1. Combine them with and, or, not and parentheses; strings in double quotes.</source>
        <translation>Le paramètre filters de la liste des connecteurs. Autorisés&#xa0;: %1. Combinez-les avec and, or, not et des parenthèses&#xa0;; chaînes entre guillemets doubles.</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorInstanceService</name>
    <message>
        <source>Could not load the sources</source>
        <translation>Impossible de charger les sources</translation>
    </message>
    <message>
        <source>source instance ID</source>
        <translation>ID de l&apos;instance source</translation>
    </message>
    <message>
        <source>customizer ID</source>
        <translation>ID du personnalisateur</translation>
    </message>
    <message>
        <source>Could not link the customizer to the source</source>
        <translation>Impossible de lier le personnalisateur à la source</translation>
    </message>
    <message>
        <source>Could not unlink the customizer from the source</source>
        <translation>Impossible de délier le personnalisateur de la source</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorInstanceTableModel</name>
    <message>
        <source>The server sent no connector type.</source>
        <translation>Le serveur n&apos;a envoyé aucun type de connecteur.</translation>
    </message>
    <message>
        <source>Not linked to a customizer.</source>
        <translation>Liée à aucun personnalisateur.</translation>
    </message>
    <message>
        <source>Not known yet: the customizers have not been loaded.</source>
        <translation>Pas encore connu&#xa0;: les personnalisateurs n&apos;ont pas encore été chargés.</translation>
    </message>
    <message>
        <source>No customizer with ID %1 exists: it may have been deleted.</source>
        <extracomment>%1 is a customizer ID</extracomment>
        <translation>Il n&apos;existe aucun personnalisateur avec l&apos;ID %1&#xa0;: il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customizer ID</source>
        <translation>ID du personnalisateur</translation>
    </message>
    <message>
        <source>Customizer</source>
        <translation>Personnalisateur</translation>
    </message>
    <message>
        <source>The name of the source</source>
        <translation>Le nom de la source</translation>
    </message>
    <message>
        <source>The unique identifier of the source&apos;s connector instance</source>
        <translation>L&apos;identifiant unique de l&apos;instance de connecteur de la source</translation>
    </message>
    <message>
        <source>The type of connector the source uses</source>
        <translation>Le type de connecteur utilisé par la source</translation>
    </message>
    <message>
        <source>The identifier of the customizer linked to the source, if any</source>
        <translation>L&apos;identifiant du personnalisateur lié à la source, le cas échéant</translation>
    </message>
    <message>
        <source>The name of the customizer linked to the source, if any</source>
        <translation>Le nom du personnalisateur lié à la source, le cas échéant</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorService</name>
    <message>
        <source>Could not load the connectors</source>
        <translation>Impossible de charger les connecteurs</translation>
    </message>
    <message>
        <source>The page size must be between %1 and 250; it is %2.</source>
        <translation>La taille de page doit être comprise entre %1 et 250&#xa0;; elle vaut %2.</translation>
    </message>
    <message>
        <source>The offset cannot be negative; it is %1.</source>
        <translation>Le décalage ne peut pas être négatif&#xa0;; il vaut %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale the API knows; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une locale connue de l&apos;API&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The filter is not valid at column %1: %2</source>
        <extracomment>%1: the column in the filter text, %2: what is wrong there</extracomment>
        <translation>Le filtre n&apos;est pas valide à la colonne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorTableModel</name>
    <message>
        <source>The server sent no class name for this connector.</source>
        <translation>Le serveur n&apos;a envoyé aucun nom de classe pour ce connecteur.</translation>
    </message>
    <message>
        <source>The server sent no feature list for this connector.</source>
        <translation>Le serveur n&apos;a envoyé aucune liste de fonctionnalités pour ce connecteur.</translation>
    </message>
    <message>
        <source>This connector lists no features.</source>
        <translation>Ce connecteur n&apos;indique aucune fonctionnalité.</translation>
    </message>
    <message>
        <source>The connector&apos;s metadata has no “%1”.</source>
        <extracomment>%1 is a field name of the connector&apos;s metadata, e.g. shortDesc</extracomment>
        <translation>Les métadonnées du connecteur ne contiennent pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Script Name</source>
        <translation>Nom du script</translation>
    </message>
    <message>
        <source>Class Name</source>
        <translation>Nom de classe</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Direct Connect</source>
        <translation>Connexion directe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Supported UI</source>
        <translation>Interface prise en charge</translation>
    </message>
    <message>
        <source>The name of the connector</source>
        <translation>Le nom du connecteur</translation>
    </message>
    <message>
        <source>The type of the connector</source>
        <translation>Le type du connecteur</translation>
    </message>
    <message>
        <source>The script name: the key that identifies the connector</source>
        <translation>Le nom du script&#xa0;: la clé qui identifie le connecteur</translation>
    </message>
    <message>
        <source>The Java class that implements the connector, if any</source>
        <translation>La classe Java qui implémente le connecteur, le cas échéant</translation>
    </message>
    <message>
        <source>What the connector can do (provisioning, search, password, ...)</source>
        <translation>Ce que le connecteur sait faire (provisionnement, recherche, mot de passe, ...)</translation>
    </message>
    <message>
        <source>Whether the connector talks to the target system directly</source>
        <translation>Si le connecteur communique directement avec le système cible</translation>
    </message>
    <message>
        <source>The release status of the connector</source>
        <translation>L&apos;état de publication du connecteur</translation>
    </message>
    <message>
        <source>The short description from the connector&apos;s metadata</source>
        <translation>La description courte issue des métadonnées du connecteur</translation>
    </message>
    <message>
        <source>The platform from the connector&apos;s metadata</source>
        <translation>La plateforme issue des métadonnées du connecteur</translation>
    </message>
    <message>
        <source>The user interface the connector&apos;s configuration supports</source>
        <translation>L&apos;interface utilisateur prise en charge par la configuration du connecteur</translation>
    </message>
</context>
<context>
    <name>isc::ConnectorsPage</name>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Every connector (no server-side filter)</source>
        <translation>Tous les connecteurs (aucun filtre côté serveur)</translation>
    </message>
    <message>
        <source>Server-side filter: %1</source>
        <translation>Filtre côté serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading connectors…</source>
        <translation>Chargement des connecteurs…</translation>
    </message>
    <message>
        <source>Server-side connector filter</source>
        <translation>Filtre de connecteurs côté serveur</translation>
    </message>
    <message>
        <source>Server &amp;Filter</source>
        <translation>Filtre &amp;serveur</translation>
    </message>
    <message>
        <source>Show the filter the server applies: name, type, category, direct connect, features, or a typed expression</source>
        <translation>Afficher le filtre qu&apos;applique le serveur&#xa0;: nom, type, catégorie, connexion directe, fonctionnalités, ou une expression saisie</translation>
    </message>
</context>
<context>
    <name>isc::CustomizerName</name>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>The name is too long: %1 characters, at most %2.</source>
        <translation>Le nom est trop long&#xa0;: %1 caractères, %2 au maximum.</translation>
    </message>
    <message>
        <source>The name cannot contain control characters such as tabs or line breaks.</source>
        <translation>Le nom ne peut pas contenir de caractères de contrôle tels que des tabulations ou des sauts de ligne.</translation>
    </message>
</context>
<context>
    <name>isc::CustomizerService</name>
    <message>
        <source>Could not create the customizer &quot;%1&quot;</source>
        <translation>Impossible de créer le personnalisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not load the customizers</source>
        <translation>Impossible de charger les personnalisateurs</translation>
    </message>
    <message>
        <source>Could not load the customizer</source>
        <translation>Impossible de charger le personnalisateur</translation>
    </message>
    <message>
        <source>customizer ID</source>
        <translation>ID du personnalisateur</translation>
    </message>
    <message>
        <source>Could not rename the customizer</source>
        <translation>Impossible de renommer le personnalisateur</translation>
    </message>
    <message>
        <source>A customizer needs a name.</source>
        <translation>Un personnalisateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name cannot begin or end with spaces.</source>
        <translation>Le nom ne peut ni commencer ni se terminer par des espaces.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most 255).</source>
        <translation>Le nom est trop long (%1 caractères&#xa0;; 255 au maximum).</translation>
    </message>
    <message>
        <source>The name cannot contain control characters (such as line breaks).</source>
        <translation>Le nom ne peut pas contenir de caractères de contrôle (comme des sauts de ligne).</translation>
    </message>
    <message>
        <source>Could not upload a new customizer version</source>
        <translation>Impossible de téléverser une nouvelle version du personnalisateur</translation>
    </message>
    <message>
        <source>Could not delete the customizer</source>
        <translation>Impossible de supprimer le personnalisateur</translation>
    </message>
</context>
<context>
    <name>isc::CustomizerTableModel</name>
    <message>
        <source>No code has been uploaded to this customizer yet.</source>
        <translation>Aucun code n&apos;a encore été téléversé pour ce personnalisateur.</translation>
    </message>
    <message>
        <source>The server sent no tenant ID.</source>
        <translation>Le serveur n&apos;a envoyé aucun ID de locataire.</translation>
    </message>
    <message>
        <source>%1 (the server sent “%2”)</source>
        <extracomment>%1 is a date and time in the user&apos;s time zone, %2 the text the server sent</extracomment>
        <translation>%1 (le serveur a envoyé «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>The server sent “%1”, which is not a date this console can read.</source>
        <extracomment>%1 is the text the server sent instead of a date</extracomment>
        <translation>Le serveur a envoyé «&#xa0;%1&#xa0;», qui n&apos;est pas une date lisible par cette console.</translation>
    </message>
    <message>
        <source>The server sent no creation date.</source>
        <translation>Le serveur n&apos;a envoyé aucune date de création.</translation>
    </message>
    <message>
        <source>Not known yet: the sources have not been loaded.</source>
        <translation>Pas encore connu&#xa0;: les sources n&apos;ont pas encore été chargées.</translation>
    </message>
    <message>
        <source>No source uses this customizer.</source>
        <translation>Aucune source n&apos;utilise ce personnalisateur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>ID de l&apos;image</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID du locataire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Used By</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>The name of the customizer</source>
        <translation>Le nom du personnalisateur</translation>
    </message>
    <message>
        <source>The unique identifier of the customizer</source>
        <translation>L&apos;identifiant unique du personnalisateur</translation>
    </message>
    <message>
        <source>The version of the newest code uploaded (none before the first upload)</source>
        <translation>La version du dernier code téléversé (aucune avant le premier téléversement)</translation>
    </message>
    <message>
        <source>The identifier of the newest code image uploaded</source>
        <translation>L&apos;identifiant de la dernière image de code téléversée</translation>
    </message>
    <message>
        <source>The tenant that owns the customizer</source>
        <translation>Le locataire propriétaire du personnalisateur</translation>
    </message>
    <message>
        <source>When the customizer was created, in your time zone</source>
        <translation>Date de création du personnalisateur, dans votre fuseau horaire</translation>
    </message>
    <message>
        <source>The sources linked to this customizer</source>
        <translation>Les sources liées à ce personnalisateur</translation>
    </message>
</context>
<context>
    <name>isc::CustomizerWorkflow</name>
    <message>
        <source>Creating “%1”…</source>
        <translation>Création de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Customizer “%1” created: the reply was lost, but the customizer was found on the server.</source>
        <translation>Personnalisateur «&#xa0;%1&#xa0;» créé&#xa0;: la réponse a été perdue, mais le personnalisateur a été trouvé sur le serveur.</translation>
    </message>
    <message>
        <source>Customizer “%1” created.</source>
        <translation>Personnalisateur «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation>Renommage de «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»…</translation>
    </message>
    <message>
        <source>Customizer “%1” renamed to “%2”.</source>
        <translation>Personnalisateur «&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the source instances are not loaded.</source>
        <translation>les instances sources ne sont pas chargées.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Customizer “%1” deleted.</source>
        <translation>Personnalisateur «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Uploading a new version of “%1”…</source>
        <translation>Téléversement d&apos;une nouvelle version de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Version %1 of “%2” uploaded: the reply was lost, but the customizer has the new version.</source>
        <translation>Version %1 de «&#xa0;%2&#xa0;» téléversée&#xa0;: la réponse a été perdue, mais le personnalisateur a la nouvelle version.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” uploaded.</source>
        <translation>Version %1 de «&#xa0;%2&#xa0;» téléversée.</translation>
    </message>
    <message>
        <source>The connection failed after the upload (%1), but reading the customizer again showed version %2: the upload went through. Do not upload it again.</source>
        <translation>La connexion a échoué après le téléversement (%1), mais une nouvelle lecture du personnalisateur a montré la version %2&#xa0;: le téléversement a abouti. Ne la téléversez pas à nouveau.</translation>
    </message>
    <message>
        <source>“%1” uses no customizer.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;utilise aucun personnalisateur.</translation>
    </message>
    <message>
        <source>Unlink Customizer</source>
        <translation>Délier le personnalisateur</translation>
    </message>
    <message>
        <source>Unlink “%1” from its customizer? The source then runs without customization.</source>
        <translation>Délier «&#xa0;%1&#xa0;» de son personnalisateur&#xa0;? La source fonctionnera alors sans personnalisation.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Unlinking “%1”…</source>
        <translation>Déliaison de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Could not unlink “%1”</source>
        <translation>Impossible de délier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” no longer uses a customizer.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;utilise plus de personnalisateur.</translation>
    </message>
    <message>
        <source>“%1” linked.</source>
        <translation>«&#xa0;%1&#xa0;» liée.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <extracomment>&quot;3 sources linked, 1 source unlinked.&quot;</extracomment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) linked</source>
        <translation>
            <numerusform>%n source liée</numerusform>
            <numerusform>%n sources liées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) unlinked</source>
        <translation>
            <numerusform>%n source déliée</numerusform>
            <numerusform>%n sources déliées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) linked.</source>
        <translation>
            <numerusform>%n source liée.</numerusform>
            <numerusform>%n sources liées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) unlinked.</source>
        <translation>
            <numerusform>%n source déliée.</numerusform>
            <numerusform>%n sources déliées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linking “%1”…</source>
        <translation>Liaison de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Could not link “%1”</source>
        <translation>Impossible de lier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>isc::CustomizersPage</name>
    <message>
        <source>Customizers</source>
        <translation>Personnalisateurs</translation>
    </message>
    <message>
        <source>Loading customizers…</source>
        <translation>Chargement des personnalisateurs…</translation>
    </message>
</context>
<context>
    <name>isc::DataTableView</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Show Filter Row</source>
        <translation>Afficher la ligne de filtres</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copier les lignes sélectionnées sous forme de texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation>Copier avec les &amp;en-têtes</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, column titles first</source>
        <translation>Copier les lignes sélectionnées sous forme de texte séparé par des tabulations, titres de colonne en premier</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
    <message>
        <source>Copy the selected rows as a JSON array, with the raw values</source>
        <translation>Copier les lignes sélectionnées sous forme de tableau JSON, avec les valeurs brutes</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>isc::DeleteCustomizerDialog</name>
    <message>
        <source>Delete Customizer</source>
        <translation>Supprimer le personnalisateur</translation>
    </message>
    <message>
        <source>Sources using the customizer</source>
        <translation>Sources utilisant le personnalisateur</translation>
    </message>
    <message>
        <source>&amp;Unlink Them First</source>
        <translation>&amp;D&apos;abord les délier</translation>
    </message>
    <message>
        <source>Unlink these sources from the customizer, then delete it</source>
        <translation>Délier ces sources du personnalisateur, puis le supprimer</translation>
    </message>
    <message>
        <source>Type the customizer name to confirm</source>
        <translation>Saisissez le nom du personnalisateur pour confirmer</translation>
    </message>
    <message>
        <source>Deleting the customizer…</source>
        <translation>Suppression du personnalisateur…</translation>
    </message>
    <message numerus="yes">
        <source>Unlinking %n source(s)…</source>
        <translation>
            <numerusform>Déliaison de %n source…</numerusform>
            <numerusform>Déliaison de %n sources…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking which sources use it…</source>
        <translation>Recherche des sources qui l&apos;utilisent…</translation>
    </message>
    <message>
        <source>No source uses it.</source>
        <translation>Aucune source ne l&apos;utilise.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) use it and lose its customization when it is deleted:</source>
        <translation>
            <numerusform>%n source l&apos;utilise et perdra sa personnalisation lors de la suppression&#xa0;:</numerusform>
            <numerusform>%n sources l&apos;utilisent et perdront leur personnalisation lors de la suppression&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out which sources use it.</source>
        <translation>Impossible de déterminer quelles sources l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Could not find out which sources use it: %1</source>
        <translation>Impossible de déterminer quelles sources l&apos;utilisent&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>To delete it anyway, type its name, %1:</source>
        <translation>Pour le supprimer malgré tout, saisissez son nom, %1&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting to know which sources use the customizer</source>
        <translation>En attente de savoir quelles sources utilisent le personnalisateur</translation>
    </message>
    <message>
        <source>Type the customizer&apos;s name first</source>
        <translation>Saisissez d&apos;abord le nom du personnalisateur</translation>
    </message>
    <message>
        <source>Delete Customizer “%1”</source>
        <translation>Supprimer le personnalisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete the customizer “%1” and all its versions? This cannot be undone.</source>
        <translation>Supprimer le personnalisateur «&#xa0;%1&#xa0;» et toutes ses versions&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>isc::DetailsPane</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a row to see its details</source>
        <translation>Sélectionnez une ligne pour en voir les détails</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>Copier la valeur sélectionnée</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
    <message>
        <source>Copy every field of the row as JSON</source>
        <translation>Copier tous les champs de la ligne en JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <extracomment>The value shown for a nested object; %n is its number of fields</extracomment>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>The value shown for a list; %n is its number of items</extracomment>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::EditCustomizerDialog</name>
    <message>
        <source>Edit Customizer</source>
        <translation>Modifier le personnalisateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Customizer name</source>
        <translation>Nom du personnalisateur</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problème de nom</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>Customizer ID</source>
        <translation>ID du personnalisateur</translation>
    </message>
    <message>
        <source>Image &amp;version:</source>
        <translation>&amp;Version de l&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>Image version</source>
        <translation>Version de l&apos;image</translation>
    </message>
    <message>
        <source>I&amp;mage ID:</source>
        <translation>ID de l&apos;i&amp;mage&#xa0;:</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID de l&apos;image</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>ID du &amp;locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID du locataire</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>&amp;Création&#xa0;:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Created (as &amp;sent):</source>
        <translation>Création (telle qu&apos;envo&amp;yée)&#xa0;:</translation>
    </message>
    <message>
        <source>Created, as sent by the server</source>
        <translation>Création, telle qu&apos;envoyée par le serveur</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation>&amp;Utilisé par&#xa0;:</translation>
    </message>
    <message>
        <source>Sources using this customizer</source>
        <translation>Sources utilisant ce personnalisateur</translation>
    </message>
    <message>
        <source>Only the name can be changed; the other fields are set by Identity Security Cloud.</source>
        <translation>Seul le nom peut être modifié&#xa0;; les autres champs sont définis par Identity Security Cloud.</translation>
    </message>
    <message>
        <source>The name is unchanged.</source>
        <translation>Le nom n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Renaming the customizer…</source>
        <translation>Renommage du personnalisateur…</translation>
    </message>
    <message>
        <source>Edit Customizer “%1”</source>
        <translation>Modifier le personnalisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>None yet (no version uploaded)</source>
        <translation>Aucune pour l&apos;instant (aucune version téléversée)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not a date the console can read</source>
        <translation>Date illisible pour la console</translation>
    </message>
    <message>
        <source>Not sent by the server</source>
        <translation>Non envoyé par le serveur</translation>
    </message>
    <message>
        <source>Not known (the sources are not loaded)</source>
        <translation>Inconnu (les sources ne sont pas chargées)</translation>
    </message>
    <message>
        <source>No source uses this customizer</source>
        <translation>Aucune source n&apos;utilise ce personnalisateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Set by Identity Security Cloud; it cannot be changed here.</source>
        <translation>Défini par Identity Security Cloud&#xa0;; non modifiable ici.</translation>
    </message>
    <message>
        <source>When it was created, in your time zone. %1</source>
        <translation>Date de création, dans votre fuseau horaire. %1</translation>
    </message>
    <message>
        <source>The date exactly as the server sent it. %1</source>
        <translation>La date exactement telle que le serveur l&apos;a envoyée. %1</translation>
    </message>
</context>
<context>
    <name>isc::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <translation>Valeurs séparées par des virgules, pour les tableurs</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>An array of objects keyed by the API field names</source>
        <translation>Un tableau d&apos;objets dont les clés sont les noms de champs de l&apos;API</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>&amp;Load all rows first</source>
        <translation>C&amp;harger d&apos;abord toutes les lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Colonnes à exporter</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the column up</source>
        <translation>Déplacer la colonne vers le haut</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the column down</source>
        <translation>Déplacer la colonne vers le bas</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>&amp;Visible</source>
        <translation>&amp;Visibles</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Val&amp;ues:</source>
        <translation>Val&amp;eurs&#xa0;:</translation>
    </message>
    <message>
        <source>Cell values</source>
        <translation>Valeurs des cellules</translation>
    </message>
    <message>
        <source>Line &amp;ends:</source>
        <translation>Fi&amp;ns de ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Line ends</source>
        <translation>Fins de ligne</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>Li&amp;gne d&apos;en-tête</translation>
    </message>
    <message>
        <source>UTF-8 &amp;byte order mark</source>
        <translation>&amp;Indicateur d&apos;ordre des octets UTF-8 (BOM)</translation>
    </message>
    <message>
        <source>&amp;Guard against formulas</source>
        <translation>&amp;Protéger contre les formules</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Why the export cannot start</source>
        <translation>Pourquoi l&apos;exportation ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>Aucune ligne n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>Enter the name of the file to write.</source>
        <translation>Saisissez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 is a folder; enter a file name.</source>
        <translation>%1 est un dossier&#xa0;; saisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Loading the remaining rows…</source>
        <translation>Chargement des lignes restantes…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All loaded rows (%n)</source>
        <translation>
            <numerusform>&amp;Toutes les lignes chargées (%n)</numerusform>
            <numerusform>&amp;Toutes les lignes chargées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rows shown, filtered and sorted (%n)</source>
        <translation>
            <numerusform>&amp;Ligne affichée, filtrée et triée (%n)</numerusform>
            <numerusform>&amp;Lignes affichées, filtrées et triées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected rows (%n)</source>
        <translation>
            <numerusform>Ligne sélecti&amp;onnée (%n)</numerusform>
            <numerusform>Lignes sélecti&amp;onnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The table holds only the rows loaded so far; load the others before writing.</source>
        <translation>Le tableau ne contient que les lignes chargées jusqu&apos;ici&#xa0;; chargez les autres avant l&apos;écriture.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Raw (ISO 8601 dates, true/false)</source>
        <translation>Brutes (dates ISO 8601, true/false)</translation>
    </message>
    <message>
        <source>As shown in the table</source>
        <translation>Telles qu&apos;affichées dans le tableau</translation>
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
        <translation>Certains tableurs en ont besoin pour lire correctement le texte UTF-8.</translation>
    </message>
    <message>
        <source>A cell that starts with =, +, -, @ or a tab gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a formula. Keep it on unless the file goes to a program that needs the exact text.</source>
        <translation>Une cellule qui commence par =, +, -, @ ou une tabulation reçoit une apostrophe initiale, afin qu&apos;un tableur l&apos;affiche comme du texte au lieu de l&apos;exécuter comme une formule. Laissez cette option activée, sauf si le fichier est destiné à un programme qui a besoin du texte exact.</translation>
    </message>
</context>
<context>
    <name>isc::ExportWorkflow</name>
    <message>
        <source>Stopped waiting for the remaining rows; nothing was written.</source>
        <translation>Attente des lignes restantes interrompue&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The table is gone; nothing was written.</source>
        <translation>Le tableau n&apos;existe plus&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Loading the remaining rows…</source>
        <translation>Chargement des lignes restantes…</translation>
    </message>
    <message>
        <source>Could not load the remaining rows: %1 Nothing was written; you can export the rows loaded.</source>
        <translation>Impossible de charger les lignes restantes&#xa0;: %1 Rien n&apos;a été écrit&#xa0;; vous pouvez exporter les lignes chargées.</translation>
    </message>
    <message>
        <source>No rows are selected any more; nothing was written.</source>
        <translation>Plus aucune ligne n&apos;est sélectionnée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Exporting to %3… %1 of %2 rows</source>
        <extracomment>%1 rows written of %2, %3 the file</extracomment>
        <translation>Exportation vers %3… %1 lignes sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>isc::InstancesPage</name>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Loading source instances…</source>
        <translation>Chargement des instances sources…</translation>
    </message>
</context>
<context>
    <name>isc::LinkInstancesDialog</name>
    <message>
        <source>Link Sources</source>
        <translation>Lier des sources</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Find sources</source>
        <translation>Rechercher des sources</translation>
    </message>
    <message>
        <source>Source name or type</source>
        <translation>Nom ou type de la source</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Modifications à appliquer</translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation>Application des modifications…</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) to link</source>
        <translation>
            <numerusform>%n source à lier</numerusform>
            <numerusform>%n sources à lier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them now use(s) another customizer</source>
        <translation>
            <numerusform>%n d&apos;entre elles utilise actuellement un autre personnalisateur</numerusform>
            <numerusform>%n d&apos;entre elles utilisent actuellement un autre personnalisateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) to unlink</source>
        <translation>
            <numerusform>%n source à délier</numerusform>
            <numerusform>%n sources à délier</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Link Sources to “%1”</source>
        <translation>Lier des sources à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There are no sources to link.</source>
        <translation>Il n&apos;y a aucune source à lier.</translation>
    </message>
    <message>
        <source>Tick the sources that should use the customizer “%1”; untick one to unlink it.</source>
        <translation>Cochez les sources qui doivent utiliser le personnalisateur «&#xa0;%1&#xa0;»&#xa0;; décochez-en une pour la délier.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Current customizer</source>
        <translation>Personnalisateur actuel</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Linking it to “%1” replaces this customizer.</source>
        <translation>La lier à «&#xa0;%1&#xa0;» remplace ce personnalisateur.</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>A customizer the console does not know, by its id</extracomment>
        <translation>Inconnu (%1)</translation>
    </message>
</context>
<context>
    <name>isc::LocaleSelector</name>
    <message>
        <source>User interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages; applied at once.</source>
        <translation>La langue des menus, des boîtes de dialogue et des messages&#xa0;; appliquée immédiatement.</translation>
    </message>
    <message>
        <source>Connector &amp;texts in:</source>
        <translation>&amp;Textes des connecteurs en&#xa0;:</translation>
    </message>
    <message>
        <source>Language of connector texts and server messages</source>
        <translation>Langue des textes des connecteurs et des messages du serveur</translation>
    </message>
    <message>
        <source>Same as the user interface (%1)</source>
        <extracomment>%1 is a language code such as &quot;de&quot;</extracomment>
        <translation>Comme l&apos;interface (%1)</translation>
    </message>
    <message>
        <source>The language Identity Security Cloud uses for connector descriptions and its error messages.</source>
        <translation>La langue qu&apos;utilise Identity Security Cloud pour les descriptions des connecteurs et ses messages d&apos;erreur.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Customizer</source>
        <translation>&amp;Personnalisateur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the table to a CSV or JSON file (Ctrl+E)</source>
        <translation>Exporter le tableau dans un fichier CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Tenants…</source>
        <translation>&amp;Locataires…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the table again from the tenant (Ctrl+R, F5)</source>
        <translation>Recharger le tableau depuis le locataire (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Column &amp;Filter Row</source>
        <translation>Ligne de &amp;filtres des colonnes</translation>
    </message>
    <message>
        <source>&amp;Connectors</source>
        <translation>&amp;Connecteurs</translation>
    </message>
    <message>
        <source>C&amp;ustomizers</source>
        <translation>&amp;Personnalisateurs</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instances</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Panneau de &amp;détails</translation>
    </message>
    <message>
        <source>&amp;New Customizer…</source>
        <translation>&amp;Nouveau personnalisateur…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Upload Version…</source>
        <translation>&amp;Téléverser une version…</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lier…</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;About ISC Connector Console</source>
        <translation>À &amp;propos de ISC Connector Console</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>L&amp;ocataire&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Profil de locataire</translation>
    </message>
    <message>
        <source>The tenant profile the console works on</source>
        <translation>Le profil de locataire sur lequel travaille la console</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading; the rows loaded so far stay</source>
        <translation>Arrêter le chargement&#xa0;; les lignes déjà chargées sont conservées</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This tenant profile is read-only: nothing can be changed</source>
        <translation>Ce profil de locataire est en lecture seule&#xa0;: rien ne peut être modifié</translation>
    </message>
    <message>
        <source>Rows shown of total</source>
        <translation>Lignes affichées sur le total</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Could not connect to “%1”: %2</source>
        <translation>Impossible de se connecter à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The tool button of the locale selector: UI language · API locale of connector texts</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The user interface language and the language of connector texts</source>
        <translation>La langue de l&apos;interface et la langue des textes des connecteurs</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Rows shown (after the filters) of the rows in the list</source>
        <translation>Lignes affichées (après les filtres) sur les lignes de la liste</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>Limite de requêtes&#xa0;: nouvel essai dans %n s</numerusform>
            <numerusform>Limite de requêtes&#xa0;: nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a read-only tenant profile: changes are disabled.</source>
        <translation>«&#xa0;%1&#xa0;» est un profil de locataire en lecture seule&#xa0;: les modifications sont désactivées.</translation>
    </message>
    <message>
        <source>Create a connector customizer (Ctrl+N)</source>
        <translation>Créer un personnalisateur de connecteur (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rename the selected customizer (F2; Customizers tab)</source>
        <translation>Renommer le personnalisateur sélectionné (F2&#xa0;; onglet Personnalisateurs)</translation>
    </message>
    <message>
        <source>Upload a new version of the selected customizer from a zip archive</source>
        <translation>Téléverser une nouvelle version du personnalisateur sélectionné depuis une archive zip</translation>
    </message>
    <message>
        <source>Choose the customizer of the selected source instance</source>
        <translation>Choisir le personnalisateur de l&apos;instance source sélectionnée</translation>
    </message>
    <message>
        <source>Choose the source instances that use the selected customizer</source>
        <translation>Choisir les instances sources qui utilisent le personnalisateur sélectionné</translation>
    </message>
    <message>
        <source>Remove the customizer from the selected source instance (Instances tab)</source>
        <translation>Retirer le personnalisateur de l&apos;instance source sélectionnée (onglet Instances)</translation>
    </message>
    <message>
        <source>Delete the selected customizer (Del; Customizers tab)</source>
        <translation>Supprimer le personnalisateur sélectionné (Suppr&#xa0;; onglet Personnalisateurs)</translation>
    </message>
    <message>
        <source>The network settings apply from the next connection.</source>
        <translation>Les paramètres réseau s&apos;appliquent à partir de la prochaine connexion.</translation>
    </message>
    <message>
        <source>About ISC Connector Console</source>
        <translation>À propos de ISC Connector Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ISC Connector Console %1&lt;/h3&gt;&lt;p&gt;Browse the connector catalogue of SailPoint Identity Security Cloud and manage connector customizers.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ISC Connector Console %1&lt;/h3&gt;&lt;p&gt;Parcourez le catalogue des connecteurs de SailPoint Identity Security Cloud et gérez les personnalisateurs de connecteur.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>isc::NewCustomizerDialog</name>
    <message>
        <source>New Customizer</source>
        <translation>Nouveau personnalisateur</translation>
    </message>
    <message>
        <source>A connector customizer changes how connectors behave with code you upload as versions. Name it now; upload its first version afterwards.</source>
        <translation>Un personnalisateur de connecteur modifie le comportement des connecteurs grâce au code que vous téléversez sous forme de versions. Nommez-le maintenant&#xa0;; téléversez sa première version ensuite.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Customizer name</source>
        <translation>Nom du personnalisateur</translation>
    </message>
    <message>
        <source>e.g. Workday attribute cleanup</source>
        <translation>p. ex. Nettoyage des attributs Workday</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problème de nom</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Creating the customizer…</source>
        <translation>Création du personnalisateur…</translation>
    </message>
</context>
<context>
    <name>isc::NewVersionDialog</name>
    <message>
        <source>Upload Version</source>
        <translation>Téléverser une version</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archive&#xa0;:</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Fichier d&apos;archive</translation>
    </message>
    <message>
        <source>Drop a zip here or browse for it</source>
        <translation>Déposez une archive zip ici ou parcourez pour la choisir</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the archive</source>
        <translation>Rechercher l&apos;archive</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Package name and version</source>
        <translation>Nom et version du paquet</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Archive size</source>
        <translation>Taille de l&apos;archive</translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation>C&amp;ontenu&#xa0;:</translation>
    </message>
    <message>
        <source>Archive contents</source>
        <translation>Contenu de l&apos;archive</translation>
    </message>
    <message>
        <source>Why the archive cannot be uploaded</source>
        <translation>Pourquoi l&apos;archive ne peut pas être téléversée</translation>
    </message>
    <message>
        <source>Warnings about the archive</source>
        <translation>Avertissements concernant l&apos;archive</translation>
    </message>
    <message>
        <source>The new version</source>
        <translation>La nouvelle version</translation>
    </message>
    <message>
        <source>The package is named “%1”, unlike the customizer “%2”: is it the right archive?</source>
        <translation>Le paquet s&apos;appelle «&#xa0;%1&#xa0;», contrairement au personnalisateur «&#xa0;%2&#xa0;»&#xa0;: est-ce la bonne archive&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the zip archive of the new version.</source>
        <translation>Choisissez l&apos;archive zip de la nouvelle version.</translation>
    </message>
    <message>
        <source>Uploading… %1 of %2</source>
        <extracomment>Upload progress: &quot;1.2 MB of 3.4 MB&quot;</extracomment>
        <translation>Téléversement… %1 sur %2</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Téléversement…</translation>
    </message>
    <message>
        <source>Choose the Archive of the New Version</source>
        <translation>Choisir l&apos;archive de la nouvelle version</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>Archives zip (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No package.json</source>
        <translation>Pas de package.json</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 unpacked, %n entries)</source>
        <extracomment>%1 the archive&apos;s size, %2 its unpacked size, %n the number of entries</extracomment>
        <translation>
            <numerusform>%1 (%2 décompressé, %n entrée)</numerusform>
            <numerusform>%1 (%2 décompressé, %n entrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of “%2” was created.</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» a été créée.</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Création&#xa0;: %1</translation>
    </message>
    <message>
        <source>Image ID: %1</source>
        <translation>ID de l&apos;image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Upload Version of “%1”</source>
        <translation>Téléverser une version de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Upload a new version of “%1”: the zip archive that “spcx package” makes, with index.js at its top. Drop it on this window or browse for it.</source>
        <translation>Téléversez une nouvelle version de «&#xa0;%1&#xa0;»&#xa0;: l&apos;archive zip que produit «&#xa0;spcx package&#xa0;», avec index.js à sa racine. Déposez-la sur cette fenêtre ou parcourez pour la choisir.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Téléverser</translation>
    </message>
</context>
<context>
    <name>isc::PagedListJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>items %1 are missing; %n loaded</source>
        <extracomment>&quot;%1&quot; lists ranges of item numbers (&quot;251 to 500, 751 to 1000&quot;); %n items were loaded</extracomment>
        <translation>
            <numerusform>éléments %1 manquants&#xa0;; %n chargé</numerusform>
            <numerusform>éléments %1 manquants&#xa0;; %n chargés</numerusform>
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
        <translation>Les profils de locataire n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be edited.</source>
        <translation>Le profil intégré «&#xa0;%1&#xa0;» ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be removed.</source>
        <translation>Le profil intégré «&#xa0;%1&#xa0;» ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Il n&apos;existe aucun profil avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>Only a tenant profile that exists can be duplicated.</source>
        <translation>Seul un profil de locataire existant peut être dupliqué.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile, %1 the original name</extracomment>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <extracomment>Name of a duplicated profile when &quot;X (copy)&quot; is taken; %1 the original name, %2 a number from 2</extracomment>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already configured as &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà configuré sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Name of an imported profile whose name is taken; %1 the name, %2 a number from 2</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>isc::ProfileValidation</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Saisissez un nom pour le profil.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is reserved for a built-in profile; choose another one.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est réservé à un profil intégré&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Enter the API base URL, e.g. https://acme.api.identitynow.com.</source>
        <translation>Saisissez l&apos;URL de base de l&apos;API, p. ex. https://acme.api.identitynow.com.</translation>
    </message>
    <message>
        <source>This looks like the address of the web interface; the API of this tenant is usually https://%1.api.identitynow.com.</source>
        <translation>Ceci ressemble à l&apos;adresse de l&apos;interface web&#xa0;; l&apos;API de ce locataire est généralement https://%1.api.identitynow.com.</translation>
    </message>
    <message>
        <source>Enter the client ID of a personal access token; the profile cannot connect without one.</source>
        <translation>Saisissez l&apos;ID client d&apos;un jeton d&apos;accès personnel&#xa0;; sans lui, le profil ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>This does not look like the client ID of a personal access token (32 hexadecimal digits, or 36 characters with dashes); check that it is not the secret.</source>
        <translation>Ceci ne ressemble pas à l&apos;ID client d&apos;un jeton d&apos;accès personnel (32 chiffres hexadécimaux, ou 36 caractères avec des tirets)&#xa0;; vérifiez qu&apos;il ne s&apos;agit pas du secret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the API offers; choose one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue proposée par l&apos;API&#xa0;; choisissez-en une parmi&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>isc::RequestDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>Close the dialog without waiting</source>
        <translation>Fermer la boîte de dialogue sans attendre</translation>
    </message>
    <message>
        <source>Cancel the request in progress</source>
        <translation>Annuler la requête en cours</translation>
    </message>
</context>
<context>
    <name>isc::RequestStatusWidget</name>
    <message>
        <source>&amp;Tracking ID:</source>
        <translation>ID de &amp;suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the tracking ID, to quote it to SailPoint support</source>
        <translation>Copier l&apos;ID de suivi, pour la communiquer au support SailPoint</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>ID de suivi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>État de la requête</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>HTTP status %1 (%2)</source>
        <translation>Statut HTTP %1 (%2)</translation>
    </message>
</context>
<context>
    <name>isc::RotateSecretDialog</name>
    <message>
        <source>Rotate Secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>&amp;New client secret:</source>
        <translation>&amp;Nouveau secret client&#xa0;:</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Nouveau secret client</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Ré&amp;péter&#xa0;:</translation>
    </message>
    <message>
        <source>New client secret, repeated</source>
        <translation>Nouveau secret client, répété</translation>
    </message>
    <message>
        <source>Secret problem</source>
        <translation>Problème de secret</translation>
    </message>
    <message>
        <source>Enter the new client secret.</source>
        <translation>Saisissez le nouveau secret client.</translation>
    </message>
    <message>
        <source>Enter the secret a second time.</source>
        <translation>Saisissez le secret une seconde fois.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Les deux saisies diffèrent.</translation>
    </message>
    <message>
        <source>Personal access token secrets have %1 characters; this one has %2. Check that it was copied whole.</source>
        <extracomment>%1 is a number of characters (64)</extracomment>
        <translation>Les secrets de jeton d&apos;accès personnel comptent %1 caractères&#xa0;; celui-ci en compte %2. Vérifiez qu&apos;il a été copié en entier.</translation>
    </message>
    <message>
        <source>Rotate Secret of “%1”</source>
        <translation>Renouveler le secret de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Enter the new client secret of the personal access token that “%1” uses. It replaces the stored secret at once.</source>
        <translation>Saisissez le nouveau secret client du jeton d&apos;accès personnel qu&apos;utilise «&#xa0;%1&#xa0;». Il remplace immédiatement le secret enregistré.</translation>
    </message>
    <message>
        <source>Create the new secret in Identity Security Cloud first (Preferences, Personal Access Tokens), then enter it here. The secret is stored in the system keychain and never shown again.</source>
        <translation>Créez d&apos;abord le nouveau secret dans Identity Security Cloud (Préférences, Jetons d&apos;accès personnels), puis saisissez-le ici. Le secret est enregistré dans le trousseau du système et n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>&amp;Replace Secret</source>
        <translation>&amp;Remplacer le secret</translation>
    </message>
</context>
<context>
    <name>isc::SailConfigReader</name>
    <message>
        <source>There is no sail CLI configuration at %1.</source>
        <translation>Il n&apos;y a aucune configuration de la CLI sail dans %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a sail CLI configuration.</source>
        <translation>%1 est trop volumineux pour être une configuration de la CLI sail.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 n&apos;est pas du YAML valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4</source>
        <extracomment>%1 a file, %2 and %3 numbers, %4 the parser&apos;s message (English)</extracomment>
        <translation>%1 n&apos;est pas du YAML valide (ligne %2, colonne %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not a sail CLI configuration (its top level is not a map).</source>
        <translation>%1 n&apos;est pas une configuration de la CLI sail (son niveau supérieur n&apos;est pas une table de correspondance).</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; has no base URL; it was left out.</source>
        <translation>L&apos;environnement «&#xa0;%1&#xa0;» n&apos;a pas d&apos;URL de base&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; was left out: %2</source>
        <translation>L&apos;environnement «&#xa0;%1&#xa0;» a été ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>In %1, &quot;environments&quot; is not a map of named environments.</source>
        <translation>Dans %1, «&#xa0;environments&#xa0;» n&apos;est pas une table d&apos;environnements nommés.</translation>
    </message>
    <message>
        <source>An environment without a name was left out.</source>
        <translation>Un environnement sans nom a été ignoré.</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is not a map; it was left out.</source>
        <translation>L&apos;environnement «&#xa0;%1&#xa0;» n&apos;est pas une table de correspondance&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no environments.</source>
        <translation>%1 ne contient aucun environnement.</translation>
    </message>
    <message>
        <source>%1 has no usable environment.</source>
        <translation>%1 ne contient aucun environnement utilisable.</translation>
    </message>
</context>
<context>
    <name>isc::SailEnvironment</name>
    <message>
        <source>Environment</source>
        <extracomment>Name of the implicit profile made of the SAIL_BASE_URL, SAIL_CLIENT_ID and SAIL_CLIENT_SECRET environment variables</extracomment>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>The environment variable SAIL_BASE_URL is not set.</source>
        <translation>La variable d&apos;environnement SAIL_BASE_URL n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>SAIL_BASE_URL must be a full URL such as https://acme.api.identitynow.com.</source>
        <translation>SAIL_BASE_URL doit être une URL complète, p. ex. https://acme.api.identitynow.com.</translation>
    </message>
    <message>
        <source>SAIL_BASE_URL is refused: %1</source>
        <translation>SAIL_BASE_URL est refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>SAIL_BASE_URL is set but SAIL_CLIENT_ID is not.</source>
        <translation>SAIL_BASE_URL est définie, mais pas SAIL_CLIENT_ID.</translation>
    </message>
    <message>
        <source>SAIL_BASE_URL is set but SAIL_CLIENT_SECRET is not.</source>
        <translation>SAIL_BASE_URL est définie, mais pas SAIL_CLIENT_SECRET.</translation>
    </message>
</context>
<context>
    <name>isc::SailImportDialog</name>
    <message>
        <source>Import from sail CLI</source>
        <translation>Importer depuis la CLI sail</translation>
    </message>
    <message>
        <source>Problem reading the file</source>
        <translation>Problème de lecture du fichier</translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation>&amp;Environnements&#xa0;:</translation>
    </message>
    <message>
        <source>Environments to import</source>
        <translation>Environnements à importer</translation>
    </message>
    <message>
        <source>Environments left out</source>
        <translation>Environnements ignorés</translation>
    </message>
    <message>
        <source>Tick the environments to import</source>
        <translation>Cochez les environnements à importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The sail CLI configuration cannot be imported.</source>
        <translation>La configuration de la CLI sail ne peut pas être importée.</translation>
    </message>
    <message>
        <source>The sail CLI configuration has no environment to import.</source>
        <translation>La configuration de la CLI sail ne contient aucun environnement à importer.</translation>
    </message>
    <message>
        <source>Tick the environments of the sail CLI to add as tenant profiles. Each becomes a profile named after it.</source>
        <translation>Cochez les environnements de la CLI sail à ajouter comme profils de locataire. Chacun devient un profil portant son nom.</translation>
    </message>
    <message>
        <source>Client secrets are not imported: the sail CLI keeps them in its own keyring. Enter each with “Rotate Secret…” after the import.</source>
        <translation>Les secrets client ne sont pas importés&#xa0;: la CLI sail les conserve dans son propre trousseau. Saisissez chacun d&apos;eux avec «&#xa0;Renouveler le secret…&#xa0;» après l&apos;importation.</translation>
    </message>
    <message>
        <source>already the profile “%1”</source>
        <extracomment>The environment is already a tenant profile, named %1</extracomment>
        <translation>déjà le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>active in sail</source>
        <extracomment>The environment the sail CLI uses now</extracomment>
        <translation>actif dans sail</translation>
    </message>
    <message>
        <source>no client ID: enter it after the import</source>
        <translation>aucun ID client&#xa0;: à saisir après l&apos;importation</translation>
    </message>
</context>
<context>
    <name>isc::SandboxProcess</name>
    <message>
        <source>The sandbox program isc-sandbox was not found next to this application, in ISC_SANDBOX_PATH or on PATH.</source>
        <translation>Le programme de bac à sable isc-sandbox est introuvable à côté de cette application, dans ISC_SANDBOX_PATH et dans le PATH.</translation>
    </message>
    <message>
        <source>The sandbox exited before it was ready.</source>
        <translation>Le bac à sable s&apos;est arrêté avant d&apos;être prêt.</translation>
    </message>
    <message>
        <source>The sandbox announced an unusable address: %1</source>
        <translation>Le bac à sable a annoncé une adresse inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox crashed.</source>
        <translation>Le bac à sable a planté.</translation>
    </message>
    <message>
        <source>The sandbox exited with code %1.</source>
        <translation>Le bac à sable s&apos;est arrêté avec le code %1.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>Le bac à sable n&apos;a pas pu être démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox did not start listening in time.</source>
        <translation>Le bac à sable ne s&apos;est pas mis à l&apos;écoute à temps.</translation>
    </message>
</context>
<context>
    <name>isc::SecretJob</name>
    <message>
        <source>The secret store was closed.</source>
        <translation>Le magasin de secrets a été fermé.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>Le secret client est vide.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 The secret is kept in memory for this session only.</source>
        <translation>%1 %2 Le secret est conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The secret could not be deleted from the keychain: %1</source>
        <translation>Le secret n&apos;a pas pu être supprimé du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>isc::SecretStore</name>
    <message>
        <source>The secret file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier de secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is damaged; enter the client secrets again.</source>
        <translation>Le fichier de secrets %1 est endommagé&#xa0;; saisissez à nouveau les secrets client.</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire le fichier de secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The system keychain is not used. Client secrets are stored unencrypted in %1, readable only by you.</source>
        <translation>Le trousseau du système n&apos;est pas utilisé. Les secrets client sont enregistrés sans chiffrement dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>The system keychain is not used. Client secrets are kept in memory for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas utilisé. Les secrets client sont conservés en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Client secrets are stored unencrypted in %2, readable only by you.</source>
        <extracomment>%1 the keychain&apos;s own error message, %2 a file path</extracomment>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Les secrets client sont enregistrés sans chiffrement dans %2, lisible par vous seul.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Client secrets are kept in memory for this session only and must be entered again after the console restarts.</source>
        <extracomment>%1 the keychain&apos;s own error message</extracomment>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Les secrets client sont conservés en mémoire pour cette session uniquement et devront être saisis à nouveau après le redémarrage de la console.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be removed.</source>
        <translation>Le fichier de secrets %1 ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>isc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>Délai d&apos;&amp;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>Délai d&apos;inactivité en secondes</translation>
    </message>
    <message>
        <source>Longest &amp;call:</source>
        <translation>&amp;Appel le plus long&#xa0;:</translation>
    </message>
    <message>
        <source>Longest call in seconds</source>
        <translation>Appel le plus long en secondes</translation>
    </message>
    <message>
        <source>&amp;Repeat failed reads:</source>
        <translation>&amp;Répéter les lectures échouées&#xa0;:</translation>
    </message>
    <message>
        <source>Repeats of a failed read</source>
        <translation>Répétitions d&apos;une lecture échouée</translation>
    </message>
    <message>
        <source>Longest rate-limit &amp;wait:</source>
        <translation>Attente maximale en cas de limite de re&amp;quêtes&#xa0;:</translation>
    </message>
    <message>
        <source>Longest rate-limit wait in seconds</source>
        <translation>Attente maximale en cas de limite de requêtes, en secondes</translation>
    </message>
    <message>
        <source>Client Secrets</source>
        <translation>Secrets client</translation>
    </message>
    <message>
        <source>Without a system keychain, keep client secrets in a &amp;file (not encrypted)</source>
        <translation>Sans trousseau système, conserver les secrets client dans un &amp;fichier (non chiffré)</translation>
    </message>
    <message>
        <source>Warning about the secrets file</source>
        <translation>Avertissement concernant le fichier de secrets</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problème de paramètres</translation>
    </message>
    <message>
        <source>The longest call (%1 s) must not be shorter than the inactivity timeout (%2 s).</source>
        <translation>L&apos;appel le plus long (%1 s) ne doit pas être plus court que le délai d&apos;inactivité (%2 s).</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds in a spin box: &quot;30 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>A request that sends and receives nothing for this long fails as timed out.</source>
        <translation>Une requête qui n&apos;envoie et ne reçoit rien pendant cette durée échoue pour dépassement du délai.</translation>
    </message>
    <message>
        <source>No call, with its repeats and waits, takes longer than this. Uploads of versions have no such limit.</source>
        <translation>Aucun appel, avec ses répétitions et ses attentes, ne dure plus longtemps. Le téléversement de versions n&apos;a pas cette limite.</translation>
    </message>
    <message>
        <source>Reads that fail with a server error or a dropped connection are repeated, with growing pauses. Changes (create, rename, delete, upload, link) are never repeated blindly.</source>
        <translation>Les lectures qui échouent sur une erreur du serveur ou une connexion interrompue sont répétées, avec des pauses croissantes. Les modifications (création, renommage, suppression, téléversement, liaison) ne sont jamais répétées à l&apos;aveugle.</translation>
    </message>
    <message>
        <source>When Identity Security Cloud asks to wait (HTTP 429, Retry-After) longer than this, the call fails instead of waiting.</source>
        <translation>Quand Identity Security Cloud demande d&apos;attendre plus longtemps que cette durée (HTTP 429, Retry-After), l&apos;appel échoue au lieu d&apos;attendre.</translation>
    </message>
    <message>
        <source>Applies to tenants opened from now on.</source>
        <translation>S&apos;applique aux locataires ouverts à partir de maintenant.</translation>
    </message>
    <message>
        <source>Only used when no system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) answers.</source>
        <translation>Utilisé uniquement quand aucun trousseau système (Secret Service, KWallet, trousseau macOS, gestionnaire d&apos;identification Windows) ne répond.</translation>
    </message>
    <message>
        <source>Warning: the secrets are written unencrypted to %1, readable only by your user account. Anyone with access to that account or its backups can read them and act on your tenants.</source>
        <translation>Avertissement&#xa0;: les secrets sont écrits sans chiffrement dans %1, lisible uniquement par votre compte utilisateur. Toute personne ayant accès à ce compte ou à ses sauvegardes peut les lire et agir sur vos locataires.</translation>
    </message>
</context>
<context>
    <name>isc::TableExporter</name>
    <message>
        <source>The CSV field separator must be a comma, a semicolon or a tab, not “%1”.</source>
        <extracomment>%1 is the character the user chose to separate CSV fields</extracomment>
        <translation>Le séparateur de champs CSV doit être une virgule, un point-virgule ou une tabulation, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Column %1 does not exist: the table has %2 columns.</source>
        <extracomment>%1 is a column number, %2 how many columns the table has</extracomment>
        <translation>La colonne %1 n&apos;existe pas&#xa0;: le tableau a %2 colonnes.</translation>
    </message>
    <message>
        <source>Row %1 does not exist: the table has %2 rows.</source>
        <extracomment>%1 is a row number, %2 how many rows the table has</extracomment>
        <translation>La ligne %1 n&apos;existe pas&#xa0;: le tableau a %2 lignes.</translation>
    </message>
    <message>
        <source>The export destination is not open for writing.</source>
        <translation>La destination de l&apos;exportation n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>The table changed during the export (rows were loaded, removed or re-sorted). Export again.</source>
        <translation>Le tableau a changé pendant l&apos;exportation (lignes chargées, supprimées ou triées à nouveau). Exportez à nouveau.</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Échec de l&apos;écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>isc::TableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>isc::TablePage</name>
    <message numerus="yes">
        <source>Loading was cancelled: %n row(s) loaded. Refresh to load them all.</source>
        <translation>
            <numerusform>Le chargement a été annulé&#xa0;: %n ligne chargée. Actualisez pour tout charger.</numerusform>
            <numerusform>Le chargement a été annulé&#xa0;: %n lignes chargées. Actualisez pour tout charger.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quick filter:</source>
        <translation>Filtre &amp;rapide&#xa0;:</translation>
    </message>
    <message>
        <source>Type to show only matching rows (Ctrl+F)</source>
        <translation>Saisissez du texte pour n&apos;afficher que les lignes correspondantes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Filtre rapide</translation>
    </message>
    <message>
        <source>Shows only the rows whose visible text contains these characters, ignoring case</source>
        <translation>N&apos;affiche que les lignes dont le texte visible contient ces caractères, sans tenir compte de la casse</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>Détails de la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>isc::TenantProfile</name>
    <message>
        <source>Sandbox</source>
        <extracomment>Name of the built-in profile that runs the local API emulator</extracomment>
        <translation>Bac à sable</translation>
    </message>
</context>
<context>
    <name>isc::TenantProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ex. Acme production</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problème de nom</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problème d&apos;URL de base</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation>Problème d&apos;ID client</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation>Où le secret est conservé</translation>
    </message>
    <message>
        <source>Connector te&amp;xts in:</source>
        <translation>Te&amp;xtes des connecteurs en&#xa0;:</translation>
    </message>
    <message>
        <source>Language of connector texts for this tenant</source>
        <translation>Langue des textes des connecteurs pour ce locataire</translation>
    </message>
    <message>
        <source>Read-&amp;only: refuse every change to this tenant</source>
        <translation>Lect&amp;ure seule&#xa0;: refuser toute modification de ce locataire</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Same as the console</source>
        <translation>Comme la console</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile runs the local isc-sandbox emulator on a free port of this computer. It cannot be edited or removed.</source>
        <translation>Le profil intégré «&#xa0;Bac à sable&#xa0;» lance l&apos;émulateur local isc-sandbox sur un port libre de cet ordinateur. Il ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <source>Chosen when the sandbox starts</source>
        <translation>Choisi au démarrage du bac à sable</translation>
    </message>
    <message>
        <source>This profile comes from the variables %1, %2 and %3 of the environment the console was started in. Change them to change it; it is never saved.</source>
        <translation>Ce profil provient des variables %1, %2 et %3 de l&apos;environnement dans lequel la console a été lancée. Modifiez-les pour le modifier&#xa0;; il n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>From a personal access token</source>
        <translation>Issu d&apos;un jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Creating, renaming, uploading, deleting and linking are refused for this tenant, by the console itself. Use it for production tenants you only inspect.</source>
        <translation>La création, le renommage, le téléversement, la suppression et la liaison sont refusés pour ce locataire, par la console elle-même. Utilisez cette option pour les locataires de production que vous ne faites que consulter.</translation>
    </message>
    <message>
        <source>The secret of the personal access token; stored in the system keychain.</source>
        <translation>Le secret du jeton d&apos;accès personnel&#xa0;; enregistré dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>isc::TenantProfilesDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profils&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation>Profils de locataire</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>&amp;Import from sail CLI…</source>
        <translation>&amp;Importer depuis la CLI sail…</translation>
    </message>
    <message>
        <source>Keychain state</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <source>Keep client secrets in a &amp;file only I can read (not encrypted)</source>
        <translation>Conserver les secrets client dans un &amp;fichier lisible par moi seul (non chiffré)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>&amp;Renouveler le secret…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Rétab&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation>Test de connexion annulé.</translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>Le profil ne peut pas être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Le profil n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profile “%1” was saved.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a été enregistré.</translation>
    </message>
    <message>
        <source>The profile was not duplicated: %1</source>
        <translation>Le profil n&apos;a pas été dupliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is a copy; its client secret is copied too, when one is stored.</source>
        <translation>«&#xa0;%1&#xa0;» est une copie&#xa0;; son secret client est également copié, s&apos;il y en a un d&apos;enregistré.</translation>
    </message>
    <message>
        <source>Remove Profile?</source>
        <translation>Supprimer le profil&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the tenant profile “%1”? Its client secret is deleted from the keychain too. The tenant itself is not changed.</source>
        <translation>Supprimer le profil de locataire «&#xa0;%1&#xa0;»&#xa0;? Son secret client est également supprimé du trousseau. Le locataire lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The profile was not removed: %1</source>
        <translation>Le profil n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profile “%1” was removed.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported. Enter their client secrets with “Rotate Secret…”.</source>
        <translation>
            <numerusform>%n profil importé. Saisissez son secret client avec «&#xa0;Renouveler le secret…&#xa0;».</numerusform>
            <numerusform>%n profils importés. Saisissez leurs secrets client avec «&#xa0;Renouveler le secret…&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection to “%1”…</source>
        <translation>Test de la connexion à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Connected. Tenant: %1. Organization: %2. Pod: %3.</source>
        <translation>Connecté. Locataire&#xa0;: %1. Organisation&#xa0;: %2. Pod&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The access token is valid until %1.</source>
        <translation>Le jeton d&apos;accès est valide jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>in use</source>
        <extracomment>Marks the profile in use in the list of profiles</extracomment>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
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
        <translation>Intégré&#xa0;: il ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <source>Replace the stored client secret, e.g. after it was renewed</source>
        <translation>Remplacer le secret client enregistré, p. ex. après son renouvellement</translation>
    </message>
    <message>
        <source>No secret store is available</source>
        <translation>Aucun magasin de secrets n&apos;est disponible</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>Stop waiting for the answer</source>
        <translation>Ne plus attendre la réponse</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <source>No secret store is available: client secrets cannot be entered here.</source>
        <translation>Aucun magasin de secrets n&apos;est disponible&#xa0;: les secrets client ne peuvent pas être saisis ici.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Without a keychain the secret goes to an unencrypted file only you can read.</source>
        <translation>Sans trousseau, le secret va dans un fichier non chiffré lisible par vous seul.</translation>
    </message>
    <message>
        <source>Without a keychain the secret is kept in memory until the console exits.</source>
        <translation>Sans trousseau, le secret est conservé en mémoire jusqu&apos;à la fermeture de la console.</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings.</source>
        <translation>Enregistré dans le trousseau du système, jamais dans les paramètres.</translation>
    </message>
    <message>
        <source>The client secret is in the system keychain; “Rotate Secret…” replaces it.</source>
        <translation>Le secret client se trouve dans le trousseau du système&#xa0;; «&#xa0;Renouveler le secret…&#xa0;» le remplace.</translation>
    </message>
    <message>
        <source>The client secret of “%1” was not stored: %2 Enter it again with “Rotate Secret…”.</source>
        <translation>Le secret client de «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: %2 Saisissez-le à nouveau avec «&#xa0;Renouveler le secret…&#xa0;».</translation>
    </message>
    <message>
        <source>The client secret of “%1” is stored in the system keychain.</source>
        <translation>Le secret client de «&#xa0;%1&#xa0;» est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Store Secrets in a File?</source>
        <translation>Conserver les secrets dans un fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Client secrets will be written unencrypted to %1, readable only by your user account. Anyone with access to your account or its backups can read them and act on your tenants. Prefer a system keychain (Secret Service, KWallet) when you can.</source>
        <translation>Les secrets client seront écrits sans chiffrement dans %1, lisible uniquement par votre compte utilisateur. Toute personne ayant accès à votre compte ou à ses sauvegardes peut les lire et agir sur vos locataires. Préférez un trousseau système (Secret Service, KWallet) si possible.</translation>
    </message>
    <message>
        <source>Store in a File</source>
        <translation>Conserver dans un fichier</translation>
    </message>
    <message>
        <source>Save Changes?</source>
        <translation>Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The new profile is not saved.</source>
        <translation>Le nouveau profil n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>The changes to the profile “%1” are not saved.</source>
        <translation>Les modifications du profil «&#xa0;%1&#xa0;» ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Enter the client ID first.</source>
        <translation>Saisissez d&apos;abord l&apos;ID client.</translation>
    </message>
    <message>
        <source>Enter the client secret first.</source>
        <translation>Saisissez d&apos;abord le secret client.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>isc::TenantWorkflow</name>
    <message>
        <source>Could not read the customizers of “%1”</source>
        <translation>Impossible de lire les personnalisateurs de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>isc::TokenManager</name>
    <message>
        <source>Could not sign in to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>The token reply is not a JSON object.</source>
        <translation>La réponse du jeton n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The token reply has no access_token.</source>
        <translation>La réponse du jeton ne contient pas d&apos;access_token.</translation>
    </message>
    <message>
        <source>Could not sign in</source>
        <translation>Impossible de se connecter</translation>
    </message>
</context>
<context>
    <name>isc::Workflow</name>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1 (%2)</source>
        <translation>Statut HTTP&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Tracking ID: %1</source>
        <translation>ID de suivi&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to slow down: sending again in %n second(s)…</source>
        <translation>
            <numerusform>Le serveur a demandé de ralentir&#xa0;: nouvel envoi dans %n seconde…</numerusform>
            <numerusform>Le serveur a demandé de ralentir&#xa0;: nouvel envoi dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Non connecté à un locataire.</translation>
    </message>
    <message>
        <source>The connection is read-only: nothing can be changed on this tenant.</source>
        <translation>La connexion est en lecture seule&#xa0;: rien ne peut être modifié sur ce locataire.</translation>
    </message>
</context>
<context>
    <name>isc::ZipInspection</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (%2).</source>
        <translation>%1 n&apos;est pas une archive zip lisible (%2).</translation>
    </message>
    <message>
        <source>Entry %1 of %2 cannot be read: %3</source>
        <translation>L&apos;entrée %1 de %2 ne peut pas être lue&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is an empty zip archive.</source>
        <translation>%1 est une archive zip vide.</translation>
    </message>
    <message>
        <source>%1 has no index.js, so it is not a connector customizer (build it with &quot;spcx package&quot;).</source>
        <translation>%1 ne contient pas d&apos;index.js, ce n&apos;est donc pas un personnalisateur de connecteur (construisez-le avec «&#xa0;spcx package&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 has its index.js in a folder (%2), not at the top of the archive.</source>
        <translation>%1 a son index.js dans un dossier (%2), et non à la racine de l&apos;archive.</translation>
    </message>
    <message>
        <source>There is no connector-spec.json at the top of the archive.</source>
        <translation>Il n&apos;y a pas de connector-spec.json à la racine de l&apos;archive.</translation>
    </message>
    <message>
        <source>package.json is too large to read (%1 bytes).</source>
        <translation>package.json est trop volumineux pour être lu (%1 octets).</translation>
    </message>
    <message>
        <source>package.json cannot be read: %1</source>
        <translation>package.json ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>package.json cannot be read completely.</source>
        <translation>package.json ne peut pas être lu entièrement.</translation>
    </message>
    <message>
        <source>package.json is not valid JSON.</source>
        <translation>package.json n&apos;est pas du JSON valide.</translation>
    </message>
</context>
<context>
    <name>isc::cli::ArgumentParser</name>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Exécutez «&#xa0;%1 --help&#xa0;» pour l&apos;aide.</translation>
    </message>
    <message>
        <source>Administer the connectors of SailPoint Identity Security Cloud from the command line. Results go to standard output, messages to standard error. Without a command, %1 starts the desktop console.</source>
        <translation>Administre les connecteurs de SailPoint Identity Security Cloud depuis la ligne de commande. Les résultats vont sur la sortie standard, les messages sur la sortie d&apos;erreur standard. Sans commande, %1 lance la console de bureau.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2 &lt;command&gt; [arguments]</source>
        <translation>Utilisation&#xa0;: %1 [options] %2 &lt;commande&gt; [arguments]</translation>
    </message>
    <message>
        <source>&lt;group&gt;</source>
        <translation>&lt;groupe&gt;</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands begin with %2.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;; les commandes commencent par %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>«&#xa0;%1&#xa0;» attend une commande&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 has: %3.</source>
        <translation>Commande inconnue «&#xa0;%1 %2&#xa0;»&#xa0;; %1 propose&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]%3</source>
        <translation>Utilisation&#xa0;: %1 %2 [options]%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <extracomment>%1 the command, %2 its arguments (&quot;ID NAME&quot;)</extracomment>
        <translation>«&#xa0;%1&#xa0;» attend %2.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Manquant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments; unexpected: &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;accepte aucun argument&#xa0;; inattendu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2; unexpected: &quot;%3&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» accepte %2&#xa0;; inattendu&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Use only one of --profile, --base-url and --sandbox.</source>
        <translation>Utilisez une seule des options --profile, --base-url et --sandbox.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL; give the API base URL, e.g. https://acme.api.identitynow.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL&#xa0;; indiquez l&apos;URL de base de l&apos;API, p. ex. https://acme.api.identitynow.com.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez table, csv ou json.</translation>
    </message>
    <message>
        <source>--format needs a value: table, csv or json.</source>
        <translation>--format attend une valeur&#xa0;: table, csv ou json.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output attend un nom de fichier.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--all loads every page: use it without --limit and --offset.</source>
        <translation>--all charge toutes les pages&#xa0;: utilisez-le sans --limit ni --offset.</translation>
    </message>
</context>
<context>
    <name>isc::cli::CommandCatalog</name>
    <message>
        <source>The id of the connector customizer.</source>
        <translation>L&apos;ID du personnalisateur de connecteur.</translation>
    </message>
    <message>
        <source>The id of the source instance.</source>
        <translation>L&apos;ID de l&apos;instance source.</translation>
    </message>
    <message>
        <source>List the connector catalogue: one page, or every page with --all.</source>
        <translation>Lister le catalogue des connecteurs&#xa0;: une page, ou toutes les pages avec --all.</translation>
    </message>
    <message>
        <source>List every connector customizer.</source>
        <translation>Lister tous les personnalisateurs de connecteur.</translation>
    </message>
    <message>
        <source>Show one connector customizer.</source>
        <translation>Afficher un personnalisateur de connecteur.</translation>
    </message>
    <message>
        <source>Create a connector customizer.</source>
        <translation>Créer un personnalisateur de connecteur.</translation>
    </message>
    <message>
        <source>The name of the new customizer.</source>
        <translation>Le nom du nouveau personnalisateur.</translation>
    </message>
    <message>
        <source>Rename a connector customizer.</source>
        <translation>Renommer un personnalisateur de connecteur.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Le nouveau nom.</translation>
    </message>
    <message>
        <source>Upload a zip archive holding index.js (as &quot;spcx package&quot; makes it) as the next version of a connector customizer.</source>
        <translation>Téléverser une archive zip contenant index.js (telle que la produit «&#xa0;spcx package&#xa0;») comme version suivante d&apos;un personnalisateur de connecteur.</translation>
    </message>
    <message>
        <source>The zip archive to upload.</source>
        <translation>L&apos;archive zip à téléverser.</translation>
    </message>
    <message>
        <source>List the source instances and the customizer each one uses.</source>
        <translation>Lister les instances sources et le personnalisateur utilisé par chacune.</translation>
    </message>
    <message>
        <source>Link a source instance to a connector customizer.</source>
        <translation>Lier une instance source à un personnalisateur de connecteur.</translation>
    </message>
    <message>
        <source>Unlink a source instance from its connector customizer.</source>
        <translation>Délier une instance source de son personnalisateur de connecteur.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Connection: --profile, --base-url or --sandbox; without them SAIL_BASE_URL (with SAIL_CLIENT_ID and SAIL_CLIENT_SECRET) when set, else the profile the desktop console has active. Secrets are never taken from the command line.</source>
        <translation>Connexion&#xa0;: --profile, --base-url ou --sandbox&#xa0;; sans elles, SAIL_BASE_URL (avec SAIL_CLIENT_ID et SAIL_CLIENT_SECRET) si elle est définie, sinon le profil actif dans la console de bureau. Les secrets ne sont jamais lus depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Use the saved tenant profile &lt;name&gt; (its name or id; also &quot;sandbox&quot; and &quot;environment&quot;). Its secret comes from the keychain.</source>
        <translation>Utiliser le profil de locataire enregistré &lt;name&gt; (son nom ou son ID&#xa0;; aussi «&#xa0;sandbox&#xa0;» et «&#xa0;environment&#xa0;»). Son secret provient du trousseau.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Use the tenant at &lt;url&gt; (https://TENANT.api.identitynow.com) with the client id and secret in SAIL_CLIENT_ID and SAIL_CLIENT_SECRET.</source>
        <translation>Utiliser le locataire à l&apos;adresse &lt;url&gt; (https://TENANT.api.identitynow.com) avec l&apos;ID client et le secret de SAIL_CLIENT_ID et SAIL_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Start a local isc-sandbox for this command and use it.</source>
        <translation>Lancer un isc-sandbox local pour cette commande et l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Log requests, retries and token refreshes on standard error (secrets and tokens are never logged).</source>
        <translation>Journaliser les requêtes, les nouvelles tentatives et les renouvellements de jeton sur la sortie d&apos;erreur standard (les secrets et les jetons ne sont jamais journalisés).</translation>
    </message>
    <message>
        <source>Output format: table (aligned columns, the default), csv (RFC 4180) or json (an array of objects).</source>
        <translation>Format de sortie&#xa0;: table (colonnes alignées, par défaut), csv (RFC 4180) ou json (un tableau d&apos;objets).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the result to &lt;file&gt; instead of standard output; the file is replaced only when everything was written.</source>
        <translation>Écrire le résultat dans &lt;file&gt; au lieu de la sortie standard&#xa0;; le fichier n&apos;est remplacé qu&apos;une fois tout écrit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Only connectors matching &lt;filter&gt;, e.g. &apos;name sw &quot;Active&quot;&apos;. Allowed: %1.</source>
        <translation>Uniquement les connecteurs correspondant à &lt;filter&gt;, p. ex. &apos;name sw &quot;Active&quot;&apos;. Autorisés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>Language of the descriptions: one of %1.</source>
        <translation>Langue des descriptions&#xa0;: l&apos;une de %1.</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; connectors (0 to 250; default 250).</source>
        <translation>Au plus &lt;n&gt; connecteurs (0 à 250&#xa0;; 250 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Skip the first &lt;n&gt; connectors (default 0).</source>
        <translation>Ignorer les &lt;n&gt; premiers connecteurs (0 par défaut).</translation>
    </message>
    <message>
        <source>Every matching connector, loaded page by page (not with --limit or --offset).</source>
        <translation>Tous les connecteurs correspondants, chargés page par page (pas avec --limit ni --offset).</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>usage error: bad arguments, or input refused before any request (filter, name, zip archive, missing credentials, unknown profile)</source>
        <translation>erreur d&apos;utilisation&#xa0;: arguments incorrects, ou saisie refusée avant toute requête (filtre, nom, archive zip, identifiants manquants, profil inconnu)</translation>
    </message>
    <message>
        <source>authentication or authorization refused (bad client id or secret, HTTP 401 or 403)</source>
        <translation>authentification ou autorisation refusée (ID client ou secret incorrect, HTTP 401 ou 403)</translation>
    </message>
    <message>
        <source>not found (HTTP 404: unknown id)</source>
        <translation>introuvable (HTTP 404&#xa0;: ID inconnu)</translation>
    </message>
    <message>
        <source>refused by a read-only profile; nothing was sent</source>
        <translation>refusé par un profil en lecture seule&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>interrupted (SIGINT or SIGTERM)</source>
        <translation>interrompu (SIGINT ou SIGTERM)</translation>
    </message>
    <message>
        <source>Delete a connector customizer. Prints nothing on standard output. Refused while source instances are linked to it, unless --force.</source>
        <translation>Supprimer un personnalisateur de connecteur. N&apos;écrit rien sur la sortie standard. Refusé tant que des instances de source y sont liées, sauf avec --force.</translation>
    </message>
    <message>
        <source>Delete even when source instances are linked to the customizer (they are left pointing at nothing).</source>
        <translation>Supprimer même si des instances de source sont liées au personnalisateur (elles pointeront alors vers rien).</translation>
    </message>
    <message>
        <source>failure: network, server error, rate limit, unreadable reply, output not written, a customizer with linked sources not deleted (see --force)</source>
        <translation>échec&#xa0;: réseau, erreur du serveur, limite de requêtes, réponse illisible, sortie non écrite, personnalisateur lié à des sources non supprimé (voir --force)</translation>
    </message>
</context>
<context>
    <name>isc::cli::CommandContext</name>
    <message numerus="yes">
        <source>The server is limiting the request rate; trying again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur limite le débit des requêtes&#xa0;; nouvelle tentative dans %n seconde.</numerusform>
            <numerusform>Le serveur limite le débit des requêtes&#xa0;; nouvelle tentative dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) (rate limit)...</source>
        <translation>
            <numerusform>Attente de %n seconde (limite de requêtes)...</numerusform>
            <numerusform>Attente de %n secondes (limite de requêtes)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1 in %2 s after: %3</source>
        <extracomment>%1 attempt number, %2 seconds, %3 why the last attempt failed</extracomment>
        <translation>Tentative %1 dans %2 s après&#xa0;: %3</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>tracking ID %1</source>
        <extracomment>Users quote the tracking ID to SailPoint support</extracomment>
        <translation>ID de suivi %1</translation>
    </message>
    <message>
        <source>%1 before the error; “%2” was not written.</source>
        <translation>%1 avant l&apos;erreur&#xa0;; «&#xa0;%2&#xa0;» n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>%1 before the error; they are on standard output.</source>
        <translation>%1 avant l&apos;erreur&#xa0;; ils figurent sur la sortie standard.</translation>
    </message>
</context>
<context>
    <name>isc::cli::ConnectionSetup</name>
    <message>
        <source>There is no profile &quot;%1&quot;; the profiles are: %2.</source>
        <translation>Il n&apos;existe pas de profil «&#xa0;%1&#xa0;»&#xa0;; les profils sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--base-url needs the client id in %1 and the client secret in %2 (never on the command line, where other users can see it).</source>
        <translation>--base-url attend l&apos;ID client dans %1 et le secret client dans %2 (jamais sur la ligne de commande, où d&apos;autres utilisateurs peuvent le voir).</translation>
    </message>
    <message>
        <source>Using the profile &quot;%1&quot; (choose with --profile, --base-url or --sandbox).</source>
        <translation>Utilisation du profil «&#xa0;%1&#xa0;» (choisissez avec --profile, --base-url ou --sandbox).</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
</context>
<context>
    <name>isc::cli::ConnectorCommands</name>
    <message>
        <source>Connectors %1 to %2 of %3 matching; use --all for every one, or --offset %4 for the next page.</source>
        <extracomment>%1 and %2: the first and last connector shown (from 1), %3: how many match</extracomment>
        <translation>Connecteurs %1 à %2 sur %3 correspondants&#xa0;; utilisez --all pour tous, ou --offset %4 pour la page suivante.</translation>
    </message>
    <message>
        <source>Loaded %1 of %2 connectors...</source>
        <translation>%1 connecteurs sur %2 chargés...</translation>
    </message>
    <message>
        <source>Loaded %1 connectors...</source>
        <translation>%1 connecteurs chargés...</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) were loaded</source>
        <translation>
            <numerusform>%n connecteur a été chargé</numerusform>
            <numerusform>%n connecteurs ont été chargés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::cli::CustomizerCommands</name>
    <message numerus="yes">
        <source>%1: %2, %n file(s): %3</source>
        <extracomment>%1 file name, %2 its size (&quot;12.5 KiB&quot;), %3 how many files it holds, %4 their names</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %2, %n fichier&#xa0;: %3</numerusform>
            <numerusform>%1&#xa0;: %2, %n fichiers&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 %2</source>
        <extracomment>%1 the package name, %2 its version (from package.json)</extracomment>
        <translation>Paquet %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customizer(s) were loaded</source>
        <translation>
            <numerusform>%n personnalisateur a été chargé</numerusform>
            <numerusform>%n personnalisateurs ont été chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was lost (%1), but the customizer was created: it is shown below.</source>
        <translation>La réponse a été perdue (%1), mais le personnalisateur a été créé&#xa0;: il est affiché ci-dessous.</translation>
    </message>
    <message>
        <source>Deleted the connector customizer %1.</source>
        <translation>Le personnalisateur de connecteur %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2...</source>
        <translation>Téléversement&#xa0;: %1 sur %2...</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: %n source instance(s) are linked to the customizer %1: %2. Unlink them first (instances unlink ID), or pass --force.</source>
        <extracomment>%1 the customizer id, %2 the names of the source instances</extracomment>
        <translation>
            <numerusform>Non supprimé&#xa0;: %n instance de source est liée au personnalisateur %1&#xa0;: %2. Supprimez d&apos;abord le lien (instances unlink ID) ou utilisez --force.</numerusform>
            <numerusform>Non supprimé&#xa0;: %n instances de source sont liées au personnalisateur %1&#xa0;: %2. Supprimez d&apos;abord les liens (instances unlink ID) ou utilisez --force.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::cli::CustomizerVersionModel</name>
    <message>
        <source>Customizer ID</source>
        <translation>ID du personnalisateur</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID de l&apos;image</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>isc::cli::InstanceCommands</name>
    <message numerus="yes">
        <source>%n instance(s) were loaded</source>
        <translation>
            <numerusform>%n instance a été chargée</numerusform>
            <numerusform>%n instances ont été chargées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::cli::ResultWriter</name>
    <message>
        <source>Writing to standard output failed: %1</source>
        <translation>Échec de l&apos;écriture sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>isc::filter</name>
    <message>
        <source>&apos;%1&apos; takes a string in double quotes, not %2</source>
        <translation>&apos;%1&apos; attend une chaîne entre guillemets doubles, pas %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes true or false, not %2</source>
        <translation>&apos;%1&apos; attend true ou false, pas %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number, not %2</source>
        <translation>&apos;%1&apos; attend un nombre, pas %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes an ISO 8601 date-time, not %2</source>
        <translation>&apos;%1&apos; attend une date-heure ISO 8601, pas %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be filtered here; this list takes no filters</source>
        <translation>&apos;%1&apos; ne peut pas être filtré ici&#xa0;; cette liste n&apos;accepte aucun filtre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be filtered here; allowed: %2</source>
        <translation>&apos;%1&apos; ne peut pas être filtré ici&#xa0;; autorisés&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be filtered with &apos;%2&apos; here; allowed: %3</source>
        <translation>&apos;%1&apos; ne peut pas être filtré avec &apos;%2&apos; ici&#xa0;; autorisés&#xa0;: %3</translation>
    </message>
    <message>
        <source>the end of the filter</source>
        <translation>la fin du filtre</translation>
    </message>
    <message>
        <source>strings are written in double quotes, not single quotes</source>
        <translation>les chaînes s&apos;écrivent entre guillemets doubles, pas entre apostrophes</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; in a string: only \&quot; and \\ are allowed</source>
        <translation>échappement non valide &apos;\%1&apos; dans une chaîne&#xa0;: seuls \&quot; et \\ sont autorisés</translation>
    </message>
    <message>
        <source>unterminated string: a closing &quot; is missing</source>
        <translation>chaîne non terminée&#xa0;: il manque un &quot; fermant</translation>
    </message>
    <message>
        <source>invalid date-time &apos;%1&apos;: use ISO 8601, e.g. 2024-05-01T12:00:00Z</source>
        <translation>date-heure non valide &apos;%1&apos;&#xa0;: utilisez ISO 8601, p. ex. 2024-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos;</source>
        <translation>nombre non valide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;: there is no &apos;(&apos; to close</source>
        <translation>&apos;)&apos; inattendue&#xa0;: il n&apos;y a aucune &apos;(&apos; à fermer</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos; (operators are lowercase)</source>
        <translation>opérateur inconnu &apos;%1&apos; (les opérateurs s&apos;écrivent en minuscules)</translation>
    </message>
    <message>
        <source>expected &apos;and&apos; or &apos;or&apos; before %1</source>
        <translation>&apos;and&apos; ou &apos;or&apos; attendu avant %1</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>il manque une &apos;)&apos; pour fermer la &apos;(&apos; de la colonne %1</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation>il manque une &apos;)&apos; pour fermer la &apos;(&apos; de la colonne %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an operator after &apos;%1&apos;, found %2</source>
        <translation>opérateur attendu après &apos;%1&apos;, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos;; the operators are eq, ne, gt, ge, lt, le, co, sw, in, ca, isnull and pr</source>
        <translation>opérateur inconnu &apos;%1&apos;&#xa0;; les opérateurs sont eq, ne, gt, ge, lt, le, co, sw, in, ca, isnull et pr</translation>
    </message>
    <message>
        <source>&apos;pr&apos; goes before the field: pr %1</source>
        <translation>&apos;pr&apos; se place avant le champ&#xa0;: pr %1</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;%1&apos;: %1 takes a list such as (&quot;a&quot;, &quot;b&quot;)</source>
        <translation>&apos;(&apos; attendue après &apos;%1&apos;&#xa0;: %1 attend une liste comme (&quot;a&quot;, &quot;b&quot;)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list, found %1</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu dans la liste, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid date-time &apos;%1&apos;</source>
        <translation>date-heure non valide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>null is not a value here; use &apos;field isnull&apos; or &apos;not pr field&apos;</source>
        <translation>null n&apos;est pas une valeur ici&#xa0;; utilisez &apos;field isnull&apos; ou &apos;not pr field&apos;</translation>
    </message>
    <message>
        <source>expected a value after %1, found &apos;%2&apos;: strings need double quotes, e.g. &quot;%2&quot;</source>
        <translation>valeur attendue après %1, trouvé &apos;%2&apos;&#xa0;: les chaînes exigent des guillemets doubles, p. ex. &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a value after %1</source>
        <translation>valeur attendue après %1</translation>
    </message>
    <message>
        <source>expected a value after %1, found %2</source>
        <translation>valeur attendue après %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a condition after %1, found %2</source>
        <translation>condition attendue après %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a condition (field operator value), found %1</source>
        <translation>condition attendue (champ opérateur valeur), trouvé&#xa0;: %1</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be %2, not %3.</source>
        <extracomment>%1 is a JSON field name, %2 the expected type, %3 the type received</extracomment>
        <translation>le champ &quot;%1&quot; devrait être %2, pas %3.</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or empty.</source>
        <extracomment>%1 is a JSON field name</extracomment>
        <translation>le champ &quot;%1&quot; est absent ou vide.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is empty where JSON was expected.</source>
        <translation>La réponse du serveur est vide alors que du JSON était attendu.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1 at byte %2); it may have been cut off.</source>
        <extracomment>%1 is the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation>La réponse du serveur n&apos;est pas du JSON valide (%1 à l&apos;octet %2)&#xa0;; elle a peut-être été tronquée.</translation>
    </message>
    <message>
        <source>The server&apos;s reply should be a JSON array, not %1.</source>
        <translation>La réponse du serveur devrait être un tableau JSON, pas %1.</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>une valeur unique</translation>
    </message>
    <message>
        <source>it should be an object, not %1.</source>
        <translation>ce devrait être un objet, pas %1.</translation>
    </message>
    <message>
        <source>Item %1 of the server&apos;s reply is invalid: %2</source>
        <extracomment>%1 is the position of an item in a list, %2 what is wrong with it</extracomment>
        <translation>L&apos;élément %1 de la réponse du serveur n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s reply should be a JSON object, not %1.</source>
        <translation>La réponse du serveur devrait être un objet JSON, pas %1.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is invalid: %1</source>
        <translation>La réponse du serveur n&apos;est pas valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>isc::services</name>
    <message>
        <source>No %1 was given.</source>
        <translation>Aucun %1 n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The %1 is too long.</source>
        <translation>%1&#xa0;: valeur trop longue.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains characters an id cannot have.</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: contient des caractères interdits dans un ID.</translation>
    </message>
</context>
</TS>
