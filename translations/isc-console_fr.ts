<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>isc</name>
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
    <name>isc::json</name>
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
</TS>
