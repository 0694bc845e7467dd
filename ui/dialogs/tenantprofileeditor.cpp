#include "tenantprofileeditor.h"
#include "ui_tenantprofileeditor.h"

#include "ui/widgets/localeselector.h"

#include "base/apilocale.h"
#include "tenants/sailenvironment.h"

#include <QEvent>
#include <QScopedValueRollback>
#include <QStyle>

namespace isc {

namespace {

// What the user typed, as a URL: "acme.api.identitynow.com" means https, the only scheme a
// tenant speaks (isAllowedBaseUrl() refuses plain http but for loopback).
QUrl parseBaseUrl(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        return QUrl(QStringLiteral("https://") + text, QUrl::StrictMode);
    return QUrl(text, QUrl::StrictMode);
}

QString issueText(const ProfileValidation &validation, ProfileValidation::Field field)
{
    QStringList lines;
    for (const ProfileValidation::Issue &issue : validation.issues) {
        if (issue.field != field)
            continue;
        lines.append(issue.severity == ProfileValidation::Severity::Error
                         ? issue.message
                         //: A warning under a field; it does not stop the save
                         : QCoreApplication::translate("isc::TenantProfileEditor", "Note: %1")
                               .arg(issue.message));
    }
    return lines.join(u'\n');
}

} // namespace

TenantProfileEditor::TenantProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TenantProfileEditor>())
{
    m_ui->setupUi(this);
    m_ui->secretNoteIcon->hide();
    fillLocales();
    const auto edited = [this] {
        if (m_loading)
            return;
        showValidation();
        Q_EMIT changed();
    };
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->clientIdEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { m_touched.insert(edit); });
        connect(edit, &QLineEdit::textChanged, this, edited);
    }
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->apiLocaleCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->readOnlyCheck, &QCheckBox::toggled, this, edited);
    retranslate();
    setProfile(TenantProfile(), true);
}

TenantProfileEditor::~TenantProfileEditor()
{
    clearSecret();
}

void TenantProfileEditor::setProfile(const TenantProfile &profile, bool isNew)
{
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_original = profile;
        m_isNew = isNew;
        m_touched.clear();
        m_ui->nameEdit->setText(profile.name);
        m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
        m_ui->clientIdEdit->setText(profile.clientId);
        const int locale = m_ui->apiLocaleCombo->findData(profile.apiLocale);
        m_ui->apiLocaleCombo->setCurrentIndex(qMax(0, locale));
        m_ui->readOnlyCheck->setChecked(profile.readOnly);
        clearSecret();
    }
    updateReadOnly();
    showValidation();
    Q_EMIT changed();
}

TenantProfile TenantProfileEditor::profile() const
{
    TenantProfile edited = m_original;
    if (edited.isBuiltIn())
        return edited;
    edited.name = m_ui->nameEdit->text().trimmed();
    edited.baseUrl = parseBaseUrl(m_ui->baseUrlEdit->text());
    edited.clientId = m_ui->clientIdEdit->text().trimmed();
    edited.readOnly = m_ui->readOnlyCheck->isChecked();
    edited.apiLocale = m_ui->apiLocaleCombo->currentData().toString();
    return edited;
}

void TenantProfileEditor::setExistingProfiles(const QList<TenantProfile> &profiles)
{
    m_existing = profiles;
    showValidation();
}

QString TenantProfileEditor::secret() const
{
    if (!m_isNew || m_original.isBuiltIn())
        return {};
    // A secret has no spaces: what surrounds it came with a copy and paste.
    return m_ui->secretEdit->text().trimmed();
}

void TenantProfileEditor::clearSecret()
{
    // setText() drops the undo history too: Ctrl+Z cannot bring the secret back.
    m_ui->secretEdit->setText(QString());
}

void TenantProfileEditor::setSecretNote(const QString &note, bool warning)
{
    m_ui->secretNote->setText(note);
    m_ui->secretNote->setVisible(!note.isEmpty());
    if (warning && !note.isEmpty()) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_ui->secretNoteIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
        m_ui->secretNoteIcon->show();
    } else {
        m_ui->secretNoteIcon->hide();
    }
    m_secretWarning = warning;
}

bool TenantProfileEditor::isModified() const
{
    if (m_original.isBuiltIn())
        return false;
    if (!secret().isEmpty())
        return true;
    return profile() != m_original;
}

ProfileValidation TenantProfileEditor::validation() const
{
    if (m_original.isBuiltIn())
        return {};
    return ProfileValidation::validate(profile(), m_existing);
}

void TenantProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::StyleChange && m_ui->secretNoteIcon->isVisible()) {
        setSecretNote(m_ui->secretNote->text(), m_secretWarning);
    }
    QWidget::changeEvent(event);
}

void TenantProfileEditor::fillLocales()
{
    const QSignalBlocker blocker(m_ui->apiLocaleCombo);
    m_ui->apiLocaleCombo->clear();
    m_ui->apiLocaleCombo->addItem(QString(), QString());
    for (const QString &code : apiLocales())
        m_ui->apiLocaleCombo->addItem(LocaleSelector::apiLocaleDisplayName(code), code);
}

void TenantProfileEditor::showValidation()
{
    const ProfileValidation result = validation();
    const struct
    {
        ProfileValidation::Field field;
        QLineEdit *edit;
        QLabel *label;
    } fields[] = {
        {ProfileValidation::Field::Name, m_ui->nameEdit, m_ui->nameIssue},
        {ProfileValidation::Field::BaseUrl, m_ui->baseUrlEdit, m_ui->baseUrlIssue},
        {ProfileValidation::Field::ClientId, m_ui->clientIdEdit, m_ui->clientIdIssue},
    };
    for (const auto &field : fields) {
        // A new profile's empty fields are not wrong yet: say so once they were edited.
        const bool show =
            !m_isNew || m_touched.contains(field.edit) || !field.edit->text().trimmed().isEmpty();
        const QString text = show ? issueText(result, field.field) : QString();
        field.label->setText(text);
        field.label->setVisible(!text.isEmpty());
        field.edit->setAccessibleDescription(text);
    }
}

void TenantProfileEditor::updateReadOnly()
{
    const bool builtIn = m_original.isBuiltIn();
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->clientIdEdit})
        edit->setReadOnly(builtIn);
    m_ui->apiLocaleCombo->setEnabled(!builtIn);
    m_ui->readOnlyCheck->setEnabled(!builtIn);
    // A stored secret is replaced with "Rotate Secret…", never shown or edited here.
    const bool secretField = m_isNew && !builtIn;
    m_ui->secretLabel->setVisible(secretField);
    m_ui->secretEdit->setVisible(secretField);
    m_ui->builtInLabel->setVisible(builtIn);
    retranslate();
}

void TenantProfileEditor::retranslate()
{
    m_ui->apiLocaleCombo->setItemText(0, tr("Same as the console"));
    switch (m_original.kind) {
    case TenantProfile::Kind::Sandbox:
        m_ui->builtInLabel->setText(
            tr("The built-in Sandbox profile runs the local isc-sandbox emulator on a free "
               "port of this computer. It cannot be edited or removed."));
        m_ui->baseUrlEdit->setPlaceholderText(tr("Chosen when the sandbox starts"));
        m_ui->clientIdEdit->setPlaceholderText(tr("Chosen when the sandbox starts"));
        break;
    case TenantProfile::Kind::Environment:
        m_ui->builtInLabel->setText(
            tr("This profile comes from the variables %1, %2 and %3 of the environment the "
               "console was started in. Change them to change it; it is never saved.")
                .arg(SailEnvironment::baseUrlVariable(), SailEnvironment::clientIdVariable(),
                     SailEnvironment::clientSecretVariable()));
        m_ui->baseUrlEdit->setPlaceholderText(QString());
        m_ui->clientIdEdit->setPlaceholderText(QString());
        break;
    case TenantProfile::Kind::Tenant:
        m_ui->builtInLabel->clear();
        m_ui->baseUrlEdit->setPlaceholderText(QStringLiteral("https://acme.api.identitynow.com"));
        m_ui->clientIdEdit->setPlaceholderText(tr("From a personal access token"));
        break;
    }
    m_ui->readOnlyCheck->setToolTip(
        tr("Creating, renaming, uploading, deleting and linking are refused for this tenant, "
           "by the console itself. Use it for production tenants you only inspect."));
    m_ui->secretEdit->setToolTip(
        tr("The secret of the personal access token; stored in the system keychain."));
    showValidation();
}

} // namespace isc
