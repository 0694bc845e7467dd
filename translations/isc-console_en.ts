<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>isc::ActivityModel</name>
    <message>
        <source>Failed with HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <extracomment>Column title: how long a call took, in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the call started (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP status of the last attempt, or what became of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole call in milliseconds, repeats and waits included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s trackingId: quote it to SailPoint support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats after the first attempt (401, 429, 5xx, dropped, timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Status of a call still in progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Status of a call that ended without an HTTP status (no connection, timeout)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ActivityWidget</name>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command line. The token is $ISC_ACCESS_TOKEN and the client secret $SAIL_CLIENT_SECRET: set them in the shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Tracking ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the server&apos;s trackingId of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the calls listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The details line of a failed call: %1 method and path, %2 the error</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ApiCallJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ApiError</name>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid (400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials lack the permission for this (403); writing needs the scope sp:connector:manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not found on the server (404); it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a conflict (409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed with an internal error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed with an internal error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The request did not complete within %n second(s).</source>
        <translation>
            <numerusform>The request did not complete within %n second.</numerusform>
            <numerusform>The request did not complete within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s); the request was given up.</source>
        <translation>
            <numerusform>%1 sent nothing for %n second; the request was given up.</numerusform>
            <numerusform>%1 sent nothing for %n seconds; the request was given up.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address, which the console does not follow with your credentials. Check the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID or secret was not accepted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s rate limit was reached; try again in %n second(s).</source>
        <translation>
            <numerusform>The server&apos;s rate limit was reached; try again in %n second.</numerusform>
            <numerusform>The server&apos;s rate limit was reached; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply the console cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only, so nothing is created, changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>context: reason</comment>
        <extracomment>A failed action and why: &quot;Could not load the connectors: &lt;reason&gt;&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not carried out; it is safe to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been carried out anyway; check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ApiRequestJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ChooseCustomizerDialog</name>
    <message>
        <source>Choose Customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinking the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Customizer for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customizer that the source “%1” should use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unlink the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown customizer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no version yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — current</source>
        <extracomment>Marks the current choice in the list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression: %1 (at character %2).</source>
        <extracomment>%1 is the regular expression engine&apos;s message, %2 a position in the pattern</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ColumnFilterRow</name>
    <message>
        <source>Column filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This filter is not applied: %1</source>
        <extracomment>%1 says why a column filter cannot be used (e.g. an invalid regular expression)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter of column %1</source>
        <extracomment>Accessible name of the filter edit under a column; %1 is the column title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ConnectionJob</name>
    <message>
        <source>The connection resolver was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no client ID; enter the client ID of a personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret was given for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for the profile &quot;%1&quot;; enter it in the profile&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of the profile &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ConnectionMessages</name>
    <message>
        <source>The API base URL is not a valid URL with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a local sandbox (localhost or 127.0.0.1); use https:// for a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ConnectionTestJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ConnectorFilterBuilder</name>
    <message>
        <source>Name &amp;starts with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direct connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features the connector must all have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;expression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <extracomment>%1 is a 1-based character position in the filter text, %2 what is wrong there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields above cannot show this filter until it is valid. Clear starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom filter: the fields above cannot show it. Clear starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only connectors that have every feature ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name sw &quot;Active&quot; and directConnect eq true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters parameter of the connectors list. Allowed: %1. Combine them with and, or, not and parentheses; strings in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ConnectorInstanceService</name>
    <message>
        <source>Could not load the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customizer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not link the customizer to the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unlink the customizer from the source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ConnectorInstanceTableModel</name>
    <message>
        <source>The server sent no connector type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: the customizers have not been loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customizer with ID %1 exists: it may have been deleted.</source>
        <extracomment>%1 is a customizer ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique identifier of the source&apos;s connector instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of connector the source uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier of the customizer linked to the source, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the customizer linked to the source, if any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ConnectorService</name>
    <message>
        <source>Could not load the connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be between %1 and 250; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset cannot be negative; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale the API knows; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is not valid at column %1: %2</source>
        <extracomment>%1: the column in the filter text, %2: what is wrong there</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ConnectorTableModel</name>
    <message>
        <source>The server sent no class name for this connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no feature list for this connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector lists no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector&apos;s metadata has no “%1”.</source>
        <extracomment>%1 is a field name of the connector&apos;s metadata, e.g. shortDesc</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of the connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script name: the key that identifies the connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Java class that implements the connector, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the connector can do (provisioning, search, password, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the connector talks to the target system directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release status of the connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short description from the connector&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform from the connector&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user interface the connector&apos;s configuration supports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ConnectorsPage</name>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connector (no server-side filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-side filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading connectors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-side connector filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the filter the server applies: name, type, category, direct connect, features, or a typed expression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::CustomizerName</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain control characters such as tabs or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::CustomizerService</name>
    <message>
        <source>Could not create the customizer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the customizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customizer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customizer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot begin or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most 255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain control characters (such as line breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload a new customizer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the customizer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::CustomizerTableModel</name>
    <message>
        <source>No code has been uploaded to this customizer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no tenant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the server sent “%2”)</source>
        <extracomment>%1 is a date and time in the user&apos;s time zone, %2 the text the server sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent “%1”, which is not a date this console can read.</source>
        <extracomment>%1 is the text the server sent instead of a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no creation date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: the sources have not been loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source uses this customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique identifier of the customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the newest code uploaded (none before the first upload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier of the newest code image uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant that owns the customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the customizer was created, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources linked to this customizer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::CustomizerWorkflow</name>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizer “%1” created: the reply was lost, but the customizer was found on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizer “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizer “%1” renamed to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source instances are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizer “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading a new version of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” uploaded: the reply was lost, but the customizer has the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed after the upload (%1), but reading the customizer again showed version %2: the upload went through. Do not upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses no customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink “%1” from its customizer? The source then runs without customization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinking “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unlink “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer uses a customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <extracomment>&quot;3 sources linked, 1 source unlinked.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) linked</source>
        <translation>
            <numerusform>%n source linked</numerusform>
            <numerusform>%n sources linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) unlinked</source>
        <translation>
            <numerusform>%n source unlinked</numerusform>
            <numerusform>%n sources unlinked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) linked.</source>
        <translation>
            <numerusform>%n source linked.</numerusform>
            <numerusform>%n sources linked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) unlinked.</source>
        <translation>
            <numerusform>%n source unlinked.</numerusform>
            <numerusform>%n sources unlinked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linking “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not link “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::CustomizersPage</name>
    <message>
        <source>Customizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customizers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::DataTableView</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Filter Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, column titles first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as a JSON array, with the raw values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::DeleteCustomizerDialog</name>
    <message>
        <source>Delete Customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources using the customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink Them First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink these sources from the customizer, then delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customizer name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the customizer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlinking %n source(s)…</source>
        <translation>
            <numerusform>Unlinking %n source…</numerusform>
            <numerusform>Unlinking %n sources…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking which sources use it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) use it and lose its customization when it is deleted:</source>
        <translation>
            <numerusform>%n source uses it and loses its customization when it is deleted:</numerusform>
            <numerusform>%n sources use it and lose its customization when it is deleted:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out which sources use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find out which sources use it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To delete it anyway, type its name, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to know which sources use the customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customizer&apos;s name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Customizer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the customizer “%1” and all its versions? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::DetailsPane</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every field of the row as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <extracomment>The value shown for a nested object; %n is its number of fields</extracomment>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>The value shown for a list; %n is its number of items</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::EditCustomizerDialog</name>
    <message>
        <source>Edit Customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mage ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (as &amp;sent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created, as sent by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources using this customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the name can be changed; the other fields are set by Identity Security Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the customizer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Customizer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet (no version uploaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date the console can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known (the sources are not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source uses this customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by Identity Security Cloud; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was created, in your time zone. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date exactly as the server sent it. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array of objects keyed by the API field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load all rows first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the column up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the column down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val&amp;ues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 &amp;byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guard against formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the export cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; enter a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the remaining rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;All loaded rows (%n)</source>
        <translation>
            <numerusform>&amp;All loaded rows (%n)</numerusform>
            <numerusform>&amp;All loaded rows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rows shown, filtered and sorted (%n)</source>
        <translation>
            <numerusform>&amp;Row shown, filtered and sorted (%n)</numerusform>
            <numerusform>&amp;Rows shown, filtered and sorted (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected rows (%n)</source>
        <translation>
            <numerusform>&amp;Selected row (%n)</numerusform>
            <numerusform>&amp;Selected rows (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The table holds only the rows loaded so far; load the others before writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw (ISO 8601 dates, true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shown in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (Windows, RFC 4180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (Linux, macOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some spreadsheets need it to read UTF-8 text correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell that starts with =, +, -, @ or a tab gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a formula. Keep it on unless the file goes to a program that needs the exact text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ExportWorkflow</name>
    <message>
        <source>Stopped waiting for the remaining rows; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is gone; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the remaining rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the remaining rows: %1 Nothing was written; you can export the rows loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows are selected any more; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %3… %1 of %2 rows</source>
        <extracomment>%1 rows written of %2, %3 the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::InstancesPage</name>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading source instances…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::LinkInstancesDialog</name>
    <message>
        <source>Link Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source name or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) to link</source>
        <translation>
            <numerusform>%n source to link</numerusform>
            <numerusform>%n sources to link</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them now use(s) another customizer</source>
        <translation>
            <numerusform>%n of them now uses another customizer</numerusform>
            <numerusform>%n of them now use another customizer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) to unlink</source>
        <translation>
            <numerusform>%n source to unlink</numerusform>
            <numerusform>%n sources to unlink</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Sources to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sources to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the sources that should use the customizer “%1”; untick one to unlink it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking it to “%1” replaces this customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>A customizer the console does not know, by its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::LocaleSelector</name>
    <message>
        <source>User interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages; applied at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector &amp;texts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of connector texts and server messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the user interface (%1)</source>
        <extracomment>%1 is a language code such as &quot;de&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language Identity Security Cloud uses for connector descriptions and its error messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::MainWindow</name>
    <message>
        <source>%1 — ISC Connector Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISC Connector Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table to a CSV or JSON file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the table again from the tenant (Ctrl+R, F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;Filter Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Customizer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ISC Connector Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant profile the console works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; the rows loaded so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant profile is read-only: nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The tool button of the locale selector: UI language · API locale of connector texts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user interface language and the language of connector texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown (after the filters) of the rows in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>Rate limited: retrying in %n s</numerusform>
            <numerusform>Rate limited: retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a read-only tenant profile: changes are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a connector customizer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected customizer (F2; Customizers tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a new version of the selected customizer from a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customizer of the selected source instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source instances that use the selected customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the customizer from the selected source instance (Instances tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected customizer (Del; Customizers tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network settings apply from the next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ISC Connector Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ISC Connector Console %1&lt;/h3&gt;&lt;p&gt;Browse the connector catalogue of SailPoint Identity Security Cloud and manage connector customizers.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::NewCustomizerDialog</name>
    <message>
        <source>New Customizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connector customizer changes how connectors behave with code you upload as versions. Name it now; upload its first version afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Workday attribute cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the customizer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::NewVersionDialog</name>
    <message>
        <source>Upload Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a zip here or browse for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package name and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the archive cannot be uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is named “%1”, unlike the customizer “%2”: is it the right archive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the zip archive of the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading… %1 of %2</source>
        <extracomment>Upload progress: &quot;1.2 MB of 3.4 MB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Archive of the New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 unpacked, %n entries)</source>
        <extracomment>%1 the archive&apos;s size, %2 its unpacked size, %n the number of entries</extracomment>
        <translation>
            <numerusform>%1 (%2 unpacked, %n entry)</numerusform>
            <numerusform>%1 (%2 unpacked, %n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of “%2” was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Version of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a new version of “%1”: the zip archive that “spcx package” makes, with index.js at its top. Drop it on this window or browse for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::PagedListJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>items %1 are missing; %n loaded</source>
        <extracomment>&quot;%1&quot; lists ranges of item numbers (&quot;251 to 500, 751 to 1000&quot;); %n items were loaded</extracomment>
        <translation>
            <numerusform>items %1 are missing; %n loaded</numerusform>
            <numerusform>items %1 are missing; %n loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ProfileStore</name>
    <message>
        <source>The tenant profiles could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a tenant profile that exists can be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile, %1 the original name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <extracomment>Name of a duplicated profile when &quot;X (copy)&quot; is taken; %1 the original name, %2 a number from 2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already configured as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Name of an imported profile whose name is taken; %1 the name, %2 a number from 2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ProfileValidation</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is reserved for a built-in profile; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API base URL, e.g. https://acme.api.identitynow.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the address of the web interface; the API of this tenant is usually https://%1.api.identitynow.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID of a personal access token; the profile cannot connect without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like the client ID of a personal access token (32 hexadecimal digits, or 36 characters with dashes); check that it is not the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the API offers; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::RequestDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dialog without waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::RequestStatusWidget</name>
    <message>
        <source>&amp;Tracking ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tracking ID, to quote it to SailPoint support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::RotateSecretDialog</name>
    <message>
        <source>Rotate Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client secret, repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token secrets have %1 characters; this one has %2. Check that it was copied whole.</source>
        <extracomment>%1 is a number of characters (64)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Secret of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new client secret of the personal access token that “%1” uses. It replaces the stored secret at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the new secret in Identity Security Cloud first (Preferences, Personal Access Tokens), then enter it here. The secret is stored in the system keychain and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace Secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::SailConfigReader</name>
    <message>
        <source>There is no sail CLI configuration at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a sail CLI configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4</source>
        <extracomment>%1 a file, %2 and %3 numbers, %4 the parser&apos;s message (English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sail CLI configuration (its top level is not a map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; has no base URL; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; was left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, &quot;environments&quot; is not a map of named environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment without a name was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is not a map; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usable environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::SailEnvironment</name>
    <message>
        <source>Environment</source>
        <extracomment>Name of the implicit profile made of the SAIL_BASE_URL, SAIL_CLIENT_ID and SAIL_CLIENT_SECRET environment variables</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable SAIL_BASE_URL is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAIL_BASE_URL must be a full URL such as https://acme.api.identitynow.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAIL_BASE_URL is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAIL_BASE_URL is set but SAIL_CLIENT_ID is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAIL_BASE_URL is set but SAIL_CLIENT_SECRET is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::SailImportDialog</name>
    <message>
        <source>Import from sail CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the environments to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sail CLI configuration cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sail CLI configuration has no environment to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the environments of the sail CLI to add as tenant profiles. Each becomes a profile named after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secrets are not imported: the sail CLI keeps them in its own keyring. Enter each with “Rotate Secret…” after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already the profile “%1”</source>
        <extracomment>The environment is already a tenant profile, named %1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active in sail</source>
        <extracomment>The environment the sail CLI uses now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client ID: enter it after the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::SandboxProcess</name>
    <message>
        <source>The sandbox program isc-sandbox was not found next to this application, in ISC_SANDBOX_PATH or on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox exited before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox announced an unusable address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not start listening in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::SecretJob</name>
    <message>
        <source>The secret store was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 The secret is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::SecretStore</name>
    <message>
        <source>The secret file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 is damaged; enter the client secrets again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not used. Client secrets are stored unencrypted in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not used. Client secrets are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Client secrets are stored unencrypted in %2, readable only by you.</source>
        <extracomment>%1 the keychain&apos;s own error message, %2 a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Client secrets are kept in memory for this session only and must be entered again after the console restarts.</source>
        <extracomment>%1 the keychain&apos;s own error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest &amp;call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest call in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat failed reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats of a failed read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest rate-limit &amp;wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest rate-limit wait in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a system keychain, keep client secrets in a &amp;file (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about the secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest call (%1 s) must not be shorter than the inactivity timeout (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds in a spin box: &quot;30 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that sends and receives nothing for this long fails as timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call, with its repeats and waits, takes longer than this. Uploads of versions have no such limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads that fail with a server error or a dropped connection are repeated, with growing pauses. Changes (create, rename, delete, upload, link) are never repeated blindly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Identity Security Cloud asks to wait (HTTP 429, Retry-After) longer than this, the call fails instead of waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to tenants opened from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only used when no system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the secrets are written unencrypted to %1, readable only by your user account. Anyone with access to that account or its backups can read them and act on your tenants.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::TableExporter</name>
    <message>
        <source>The CSV field separator must be a comma, a semicolon or a tab, not “%1”.</source>
        <extracomment>%1 is the character the user chose to separate CSV fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 does not exist: the table has %2 columns.</source>
        <extracomment>%1 is a column number, %2 how many columns the table has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 does not exist: the table has %2 rows.</source>
        <extracomment>%1 is a row number, %2 how many rows the table has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export destination is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table changed during the export (rows were loaded, removed or re-sorted). Export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::TableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::TablePage</name>
    <message numerus="yes">
        <source>Loading was cancelled: %n row(s) loaded. Refresh to load them all.</source>
        <translation>
            <numerusform>Loading was cancelled: %n row loaded. Refresh to load them all.</numerusform>
            <numerusform>Loading was cancelled: %n rows loaded. Refresh to load them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quick filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to show only matching rows (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the rows whose visible text contains these characters, ignoring case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::TenantProfile</name>
    <message>
        <source>Sandbox</source>
        <extracomment>Name of the built-in profile that runs the local API emulator</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::TenantProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector te&amp;xts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of connector texts for this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-&amp;only: refuse every change to this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in Sandbox profile runs the local isc-sandbox emulator on a free port of this computer. It cannot be edited or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen when the sandbox starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile comes from the variables %1, %2 and %3 of the environment the console was started in. Change them to change it; it is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating, renaming, uploading, deleting and linking are refused for this tenant, by the console itself. Use it for production tenants you only inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of the personal access token; stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::TenantProfilesDialog</name>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from sail CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep client secrets in a &amp;file only I can read (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a copy; its client secret is copied too, when one is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tenant profile “%1”? Its client secret is deleted from the keychain too. The tenant itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported. Enter their client secrets with “Rotate Secret…”.</source>
        <translation>
            <numerusform>%n profile imported. Enter its client secret with “Rotate Secret…”.</numerusform>
            <numerusform>%n profiles imported. Enter their client secrets with “Rotate Secret…”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Tenant: %1. Organization: %2. Pod: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <extracomment>Marks the profile in use in the list of profiles</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in: it cannot be edited or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the stored client secret, e.g. after it was renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store is available: client secrets cannot be entered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a keychain the secret goes to an unencrypted file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a keychain the secret is kept in memory until the console exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is in the system keychain; “Rotate Secret…” replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of “%1” was not stored: %2 Enter it again with “Rotate Secret…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of “%1” is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Secrets in a File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secrets will be written unencrypted to %1, readable only by your user account. Anyone with access to your account or its backups can read them and act on your tenants. Prefer a system keychain (Secret Service, KWallet) when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new profile is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the profile “%1” are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::TenantWorkflow</name>
    <message>
        <source>Could not read the customizers of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::TokenManager</name>
    <message>
        <source>Could not sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token reply has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::Workflow</name>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server asked to slow down: sending again in %n second(s)…</source>
        <translation>
            <numerusform>The server asked to slow down: sending again in %n second…</numerusform>
            <numerusform>The server asked to slow down: sending again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is read-only: nothing can be changed on this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::ZipInspection</name>
    <message>
        <source>package.json is too large to read (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json cannot be read completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no index.js, so it is not a connector customizer (build it with &quot;spcx package&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has its index.js in a folder (%2), not at the top of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connector-spec.json at the top of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::cli::ArgumentParser</name>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administer the connectors of SailPoint Identity Security Cloud from the command line. Results go to standard output, messages to standard error. Without a command, %1 starts the desktop console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2 &lt;command&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;group&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands begin with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <extracomment>%1 the command, %2 its arguments (&quot;ID NAME&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments; unexpected: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2; unexpected: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only one of --profile, --base-url and --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL; give the API base URL, e.g. https://acme.api.identitynow.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs a value: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all loads every page: use it without --limit and --offset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::cli::CommandCatalog</name>
    <message>
        <source>The id of the connector customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the source instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the connector catalogue: one page, or every page with --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every connector customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one connector customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a connector customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the new customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a connector customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a zip archive holding index.js (as &quot;spcx package&quot; makes it) as the next version of a connector customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip archive to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the source instances and the customizer each one uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a source instance to a connector customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink a source instance from its connector customizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved tenant profile &lt;name&gt; (its name or id; also &quot;sandbox&quot; and &quot;environment&quot;). Its secret comes from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the tenant at &lt;url&gt; (https://TENANT.api.identitynow.com) with the client id and secret in SAIL_CLIENT_ID and SAIL_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local isc-sandbox for this command and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log requests, retries and token refreshes on standard error (secrets and tokens are never logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (aligned columns, the default), csv (RFC 4180) or json (an array of objects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result to &lt;file&gt; instead of standard output; the file is replaced only when everything was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only connectors matching &lt;filter&gt;, e.g. &apos;name sw &quot;Active&quot;&apos;. Allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the descriptions: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most &lt;n&gt; connectors (0 to 250; default 250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first &lt;n&gt; connectors (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every matching connector, loaded page by page (not with --limit or --offset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: bad arguments, or input refused before any request (filter, name, zip archive, missing credentials, unknown profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication or authorization refused (bad client id or secret, HTTP 401 or 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found (HTTP 404: unknown id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by a read-only profile; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted (SIGINT or SIGTERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: --profile, --base-url or --sandbox; without them SAIL_BASE_URL (with SAIL_CLIENT_ID and SAIL_CLIENT_SECRET) when set, else the profile the desktop console has active. Secrets are never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a connector customizer. Prints nothing on standard output. Refused while source instances are linked to it, unless --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete even when source instances are linked to the customizer (they are left pointing at nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure: network, server error, rate limit, unreadable reply, output not written, a customizer with linked sources not deleted (see --force)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::cli::CommandContext</name>
    <message numerus="yes">
        <source>The server is limiting the request rate; trying again in %n second(s).</source>
        <translation>
            <numerusform>The server is limiting the request rate; trying again in %n second.</numerusform>
            <numerusform>The server is limiting the request rate; trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) (rate limit)...</source>
        <translation>
            <numerusform>Waiting %n second (rate limit)...</numerusform>
            <numerusform>Waiting %n seconds (rate limit)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1 in %2 s after: %3</source>
        <extracomment>%1 attempt number, %2 seconds, %3 why the last attempt failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking ID %1</source>
        <extracomment>Users quote the tracking ID to SailPoint support</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before the error; “%2” was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before the error; they are on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::cli::ConnectionSetup</name>
    <message>
        <source>There is no profile &quot;%1&quot;; the profiles are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs the client id in %1 and the client secret in %2 (never on the command line, where other users can see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the profile &quot;%1&quot; (choose with --profile, --base-url or --sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::cli::ConnectorCommands</name>
    <message>
        <source>Connectors %1 to %2 of %3 matching; use --all for every one, or --offset %4 for the next page.</source>
        <extracomment>%1 and %2: the first and last connector shown (from 1), %3: how many match</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 of %2 connectors...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 connectors...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) were loaded</source>
        <translation>
            <numerusform>%n connector was loaded</numerusform>
            <numerusform>%n connectors were loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::cli::CustomizerCommands</name>
    <message numerus="yes">
        <source>%1: %2, %n file(s): %3</source>
        <extracomment>%1 file name, %2 its size (&quot;12.5 KiB&quot;), %3 how many files it holds, %4 their names</extracomment>
        <translation>
            <numerusform>%1: %2, %n file: %3</numerusform>
            <numerusform>%1: %2, %n files: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 %2</source>
        <extracomment>%1 the package name, %2 its version (from package.json)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customizer(s) were loaded</source>
        <translation>
            <numerusform>%n customizer was loaded</numerusform>
            <numerusform>%n customizers were loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was lost (%1), but the customizer was created: it is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the connector customizer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading: %1 of %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: %n source instance(s) are linked to the customizer %1: %2. Unlink them first (instances unlink ID), or pass --force.</source>
        <extracomment>%1 the customizer id, %2 the names of the source instances</extracomment>
        <translation>
            <numerusform>Not deleted: %n source instance is linked to the customizer %1: %2. Unlink it first (instances unlink ID), or pass --force.</numerusform>
            <numerusform>Not deleted: %n source instances are linked to the customizer %1: %2. Unlink them first (instances unlink ID), or pass --force.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::cli::CustomizerVersionModel</name>
    <message>
        <source>Customizer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::cli::InstanceCommands</name>
    <message numerus="yes">
        <source>%n instance(s) were loaded</source>
        <translation>
            <numerusform>%n instance was loaded</numerusform>
            <numerusform>%n instances were loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isc::cli::ResultWriter</name>
    <message>
        <source>Writing to standard output failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::filter</name>
    <message>
        <source>the end of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strings are written in double quotes, not single quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; in a string: only \&quot; and \\ are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string: a closing &quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date-time &apos;%1&apos;: use ISO 8601, e.g. 2024-05-01T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;: there is no &apos;(&apos; to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos; (operators are lowercase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;and&apos; or &apos;or&apos; before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a condition after %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a condition (field operator value), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an operator after &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos;; the operators are eq, ne, gt, ge, lt, le, co, sw, in, ca, isnull and pr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pr&apos; goes before the field: pr %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;%1&apos;: %1 takes a list such as (&quot;a&quot;, &quot;b&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date-time &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null is not a value here; use &apos;field isnull&apos; or &apos;not pr field&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after %1, found &apos;%2&apos;: strings need double quotes, e.g. &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a string in double quotes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes an ISO 8601 date-time, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be filtered here; this list takes no filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be filtered here; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be filtered with &apos;%2&apos; here; allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::json::Messages</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be %2, not %3.</source>
        <extracomment>%1 is a JSON field name, %2 the expected type, %3 the type received</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or empty.</source>
        <extracomment>%1 is a JSON field name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is empty where JSON was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1 at byte %2); it may have been cut off.</source>
        <extracomment>%1 is the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply should be a JSON array, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it should be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the server&apos;s reply is invalid: %2</source>
        <extracomment>%1 is the position of an item in a list, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply should be a JSON object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isc::services</name>
    <message>
        <source>No %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains characters an id cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
