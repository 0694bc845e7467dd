#include "messages.h"

#include <QList>

#include <algorithm>

namespace isc::sandbox {

namespace {

struct Texts
{
    const char16_t *en;
    const char16_t *de;
    const char16_t *fr;
    const char16_t *es;
};

Texts textsOf(Message message)
{
    switch (message) {
    case Message::BadRequest:
        return {u"The request could not be parsed.",
                u"Die Anfrage konnte nicht verarbeitet werden.",
                u"La requête n'a pas pu être analysée.", u"No se pudo analizar la solicitud."};
    case Message::NotFound:
        return {u"The server did not find a current representation for the target resource.",
                u"Der Server hat keine aktuelle Darstellung der Zielressource gefunden.",
                u"Le serveur n'a trouvé aucune représentation actuelle de la ressource cible.",
                u"El servidor no encontró una representación actual del recurso de destino."};
    case Message::Forbidden:
        return {u"The server understood the request but refuses to authorize it.",
                u"Der Server hat die Anfrage verstanden, verweigert aber die Autorisierung.",
                u"Le serveur a compris la requête mais refuse de l'autoriser.",
                u"El servidor entendió la solicitud pero se niega a autorizarla."};
    case Message::MethodNotAllowed:
        return {u"The method %1 is not supported for %2.",
                u"Die Methode %1 wird für %2 nicht unterstützt.",
                u"La méthode %1 n'est pas prise en charge pour %2.",
                u"El método %1 no es compatible con %2."};
    case Message::InternalFault:
        return {u"An internal fault occurred.", u"Ein interner Fehler ist aufgetreten.",
                u"Une erreur interne s'est produite.", u"Se produjo un error interno."};
    case Message::ServiceUnavailable:
        return {u"The service is temporarily unavailable. Try again later.",
                u"Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es später erneut.",
                u"Le service est temporairement indisponible. Réessayez plus tard.",
                u"El servicio no está disponible temporalmente. Inténtelo de nuevo más tarde."};
    case Message::InvalidFilter:
        return {u"The filter is invalid at column %1: %2",
                u"Der Filter ist in Spalte %1 ungültig: %2",
                u"Le filtre est invalide à la colonne %1 : %2",
                u"El filtro no es válido en la columna %1: %2"};
    case Message::InvalidLimit:
        return {u"The limit '%1' is invalid: it must be an integer from 0 to 250.",
                u"Das Limit '%1' ist ungültig: Es muss eine ganze Zahl von 0 bis 250 sein.",
                u"La limite « %1 » est invalide : elle doit être un entier de 0 à 250.",
                u"El límite '%1' no es válido: debe ser un entero de 0 a 250."};
    case Message::InvalidOffset:
        return {u"The offset '%1' is invalid: it must be an integer of 0 or more.",
                u"Der Offset '%1' ist ungültig: Er muss eine ganze Zahl ab 0 sein.",
                u"Le décalage « %1 » est invalide : il doit être un entier positif ou nul.",
                u"El desplazamiento '%1' no es válido: debe ser un entero mayor o igual que 0."};
    case Message::InvalidCount:
        return {u"The count '%1' is invalid: it must be true or false.",
                u"Der Wert '%1' für count ist ungültig: Er muss true oder false sein.",
                u"La valeur « %1 » de count est invalide : elle doit être true ou false.",
                u"El valor '%1' de count no es válido: debe ser true o false."};
    case Message::EmptyBody:
        return {u"The request body is empty.", u"Der Anfragetext ist leer.",
                u"Le corps de la requête est vide.", u"El cuerpo de la solicitud está vacío."};
    case Message::BodyNotJson:
        return {u"The request body is not valid JSON: %1",
                u"Der Anfragetext ist kein gültiges JSON: %1",
                u"Le corps de la requête n'est pas un JSON valide : %1",
                u"El cuerpo de la solicitud no es un JSON válido: %1"};
    case Message::BodyNotObject:
        return {u"The request body must be a JSON object.",
                u"Der Anfragetext muss ein JSON-Objekt sein.",
                u"Le corps de la requête doit être un objet JSON.",
                u"El cuerpo de la solicitud debe ser un objeto JSON."};
    case Message::NameRequired:
        return {u"The field 'name' is required and must not be empty.",
                u"Das Feld 'name' ist erforderlich und darf nicht leer sein.",
                u"Le champ « name » est obligatoire et ne doit pas être vide.",
                u"El campo 'name' es obligatorio y no puede estar vacío."};
    case Message::NameNotString:
        return {u"The field 'name' must be a string.", u"Das Feld 'name' muss ein String sein.",
                u"Le champ « name » doit être une chaîne.",
                u"El campo 'name' debe ser una cadena."};
    case Message::CustomizerNotFound:
        return {u"The connector customizer '%1' does not exist.",
                u"Der Connector-Customizer '%1' existiert nicht.",
                u"Le customizer de connecteur « %1 » n'existe pas.",
                u"El personalizador de conector '%1' no existe."};
    case Message::InstanceNotFound:
        return {u"The connector instance '%1' does not exist.",
                u"Die Connector-Instanz '%1' existiert nicht.",
                u"L'instance de connecteur « %1 » n'existe pas.",
                u"La instancia de conector '%1' no existe."};
    case Message::UnsupportedMediaType:
        return {u"The content type '%1' is not supported here; send %2.",
                u"Der Inhaltstyp '%1' wird hier nicht unterstützt; senden Sie %2.",
                u"Le type de contenu « %1 » n'est pas pris en charge ici ; envoyez %2.",
                u"El tipo de contenido '%1' no es compatible aquí; envíe %2."};
    case Message::NotAZip:
        return {u"The request body is not a ZIP archive: %1",
                u"Der Anfragetext ist kein ZIP-Archiv: %1",
                u"Le corps de la requête n'est pas une archive ZIP : %1",
                u"El cuerpo de la solicitud no es un archivo ZIP: %1"};
    case Message::ZipWithoutIndex:
        return {u"The ZIP archive does not contain index.js.",
                u"Das ZIP-Archiv enthält keine index.js.",
                u"L'archive ZIP ne contient pas index.js.",
                u"El archivo ZIP no contiene index.js."};
    case Message::InvalidPatch:
        return {u"The JSON Patch is invalid: %1", u"Der JSON-Patch ist ungültig: %1",
                u"Le JSON Patch est invalide : %1", u"El JSON Patch no es válido: %1"};
    }
    return {u"", u"", u"", u""};
}

const QStringList &spokenLanguages()
{
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("de"),
                                          QStringLiteral("fr"), QStringLiteral("es")};
    return languages;
}

} // namespace

MessageLocale negotiateMessageLocale(const QByteArray &acceptLanguage)
{
    struct Candidate
    {
        QString tag;
        double q;
    };
    QList<Candidate> candidates;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        const QString tag = QString::fromLatin1(pieces.first().trimmed());
        if (tag.isEmpty() || tag == QLatin1String("*"))
            continue;
        double q = 1.0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray parameter = pieces.at(i).trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                q = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        if (q > 0)
            candidates.append({tag, q});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.q > b.q; });
    for (const Candidate &candidate : candidates) {
        const QString language =
            candidate.tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (spokenLanguages().contains(language))
            return {candidate.tag, language, true};
    }
    return {};
}

QString messageText(Message message, const QString &language, const QStringList &args)
{
    const Texts texts = textsOf(message);
    const char16_t *chosen = texts.en;
    if (language == QLatin1String("de"))
        chosen = texts.de;
    else if (language == QLatin1String("fr"))
        chosen = texts.fr;
    else if (language == QLatin1String("es"))
        chosen = texts.es;
    const QString text = QString::fromUtf16(chosen);
    // All at once: an argument that itself holds "%2" must stay as it is.
    switch (args.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(args.at(0));
    case 2:
        return text.arg(args.at(0), args.at(1));
    default:
        return text.arg(args.at(0), args.at(1), args.at(2));
    }
}

} // namespace isc::sandbox
