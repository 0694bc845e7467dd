// ActivityWidget with the journal of a real ApiClient talking to the sandbox: the rows of the
// calls made, the error line, Copy as curl without any secret, Copy Tracking ID and Clear;
// then, with a journal filled by hand, following the newest call at the bottom.
#include "pipelinetestsupport.h"
#include "uitest.h"
#include "viewtest.h"

#include "models/modelroles.h"
#include "net/apirequestjob.h"
#include "net/requestjournal.h"
#include "ui/widgets/activitymodel.h"
#include "ui/widgets/activitywidget.h"
#include "ui/widgets/datatableview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace isc;
using namespace isc::test;

namespace {

using A = ActivityModel;

ApiRequest get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    return request;
}

// Makes the row of `id` current, as a click does.
void selectEntry(ActivityWidget &widget, quint64 id)
{
    widget.view()->selectRowsByKey({QString::number(id)});
}

QToolButton *buttonFor(ActivityWidget &widget, QAction *action)
{
    for (QToolButton *button : widget.findChildren<QToolButton *>()) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

JournalEntry entry(int i)
{
    JournalEntry e;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.method = "GET";
    e.url = QUrl(QStringLiteral("https://t.example/beta/connectors?offset=%1").arg(i));
    e.state = JournalEntry::State::Succeeded;
    e.httpStatus = 200;
    return e;
}

} // namespace

class TestActivityWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsRealCalls();
    void copyAsCurlHoldsNoSecret();
    void errorLineAndTrackingId();
    void clearEmptiesTheJournal();
    void followsTheNewestWhenAtTheBottom();
    void switchesJournals();
    void retranslates();

private:
    // The fixture's client after three calls: a success after a 503, a 404 and the token.
    void makeCalls();

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    QString m_anyToken;
};

void TestActivityWidget::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_anyToken = m_sandbox.fetchToken();
    QVERIFY(m_anyToken.startsWith(QLatin1String("eyJ"))); // JWT-shaped: the checks mean something
}

void TestActivityWidget::makeCalls()
{
    m_client = std::make_unique<ApiClient>(&m_nam, connectionTo(m_sandbox), fastOptions());
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("path"), QStringLiteral("/beta/connectors")},
                                {QStringLiteral("status"), 503},
                                {QStringLiteral("count"), 1}}));
    ApiRequest connectors = get(QStringLiteral("/beta/connectors"));
    connectors.addQuery(QStringLiteral("limit"), QStringLiteral("5"));
    connectors.addQuery(QStringLiteral("filters"), QStringLiteral("name sw \"Web\""));
    const auto ok = runJob(m_client->send(connectors));
    QVERIFY(ok && ok->ok());
    const auto missing =
        runJob(m_client->send(get(QStringLiteral("/v2024/connector-customizers/no-such-id"))));
    QVERIFY(missing && !missing->ok());
    QVERIFY(m_client->tokenInfo().isValid());
}

void TestActivityWidget::showsRealCalls()
{
    ActivityWidget widget;
    QAbstractItemModelTester tester(widget.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    makeCalls();
    if (QTest::currentTestFailed())
        return;
    widget.setJournal(m_client->journal());
    QCOMPARE(widget.journal(), m_client->journal());
    const QList<JournalEntry> entries = m_client->journal()->entries();
    QCOMPARE(entries.size(), 3); // the token, the list (repeated once), the 404
    A *model = widget.model();
    QCOMPARE(model->rowCount(), 3);
    int token = -1;
    int list = -1;
    int missing = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->entryAt(row).id, entries.at(row).id); // oldest first
        const QString path = model->index(row, A::PathColumn).data().toString();
        if (path == QLatin1String("/oauth/token"))
            token = row;
        else if (path.startsWith(QLatin1String("/beta/connectors")))
            list = row;
        else if (path == QLatin1String("/v2024/connector-customizers/no-such-id"))
            missing = row;
    }
    QVERIFY(token >= 0 && list >= 0 && missing >= 0);
    auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(token, A::MethodColumn), QStringLiteral("POST"));
    QCOMPARE(cell(token, A::StatusColumn), QStringLiteral("200"));
    QCOMPARE(cell(list, A::MethodColumn), QStringLiteral("GET"));
    QCOMPARE(cell(list, A::PathColumn),
             QStringLiteral("/beta/connectors?limit=5&filters=name sw \"Web\""));
    QCOMPARE(cell(list, A::StatusColumn), QStringLiteral("200"));
    QCOMPARE(cell(list, A::RetriesColumn), QStringLiteral("1"));
    QVERIFY(cell(list, A::ErrorColumn).isEmpty());
    QCOMPARE(cell(missing, A::StatusColumn), QStringLiteral("404"));
    QVERIFY(!cell(missing, A::ErrorColumn).isEmpty());
    QCOMPARE(cell(missing, A::TrackingIdColumn), entries.at(missing).trackingId);
    QVERIFY(!entries.at(missing).trackingId.isEmpty());
    QVERIFY(!cell(missing, A::DurationColumn).isEmpty());

    // A call made while shown adds its row: running first, then ended.
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    ApiRequestJob *job = m_client->send(get(QStringLiteral("/beta/connectors")));
    job->start();
    QTRY_COMPARE(inserted.count(), 1);
    QTRY_COMPARE(model->entryAt(3).state, JournalEntry::State::Succeeded);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(cell(3, A::StatusColumn), QStringLiteral("200"));
}

void TestActivityWidget::copyAsCurlHoldsNoSecret()
{
    makeCalls();
    if (QTest::currentTestFailed())
        return;
    ActivityWidget widget;
    widget.setJournal(m_client->journal());
    QVERIFY(!widget.copyCurlAction()->isEnabled()); // nothing selected
    QToolButton *button = buttonFor(widget, widget.copyCurlAction());
    QVERIFY(button);
    QVERIFY(widget.view()->actions().contains(widget.copyCurlAction()));
    widget.resize(800, 400);
    QVERIFY(showActive(&widget));

    const QString secret = m_sandbox.clientSecret();
    const QString jwtHeader = m_anyToken.section(u'.', 0, 0);
    QVERIFY(!secret.isEmpty() && !jwtHeader.isEmpty());
    for (const JournalEntry &e : m_client->journal()->entries()) {
        QGuiApplication::clipboard()->clear();
        selectEntry(widget, e.id);
        QCOMPARE(widget.currentEntry().id, e.id);
        QVERIFY(widget.copyCurlAction()->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QCOMPARE(curl, toCurl(e));
        QVERIFY(curl.startsWith(QLatin1String("curl ")));
        QVERIFY(curl.contains(e.url.path()));
        QVERIFY2(!curl.contains(secret), qPrintable(curl));
        QVERIFY2(!curl.contains(jwtHeader), qPrintable(curl));
        QVERIFY2(!curl.contains(QLatin1String("eyJ")), qPrintable(curl));
        if (e.authenticated)
            QVERIFY(curl.contains(QLatin1String("$ISC_ACCESS_TOKEN")));
        else
            QVERIFY(curl.contains(QLatin1String("$SAIL_CLIENT_SECRET")));
    }
}

void TestActivityWidget::errorLineAndTrackingId()
{
    makeCalls();
    if (QTest::currentTestFailed())
        return;
    ActivityWidget widget;
    widget.setJournal(m_client->journal());
    widget.resize(800, 400);
    QVERIFY(showActive(&widget));
    QVERIFY(widget.detailsText().isEmpty());

    JournalEntry failed;
    JournalEntry succeeded;
    for (const JournalEntry &e : m_client->journal()->entries()) {
        if (e.state == JournalEntry::State::Failed)
            failed = e;
        else if (e.url.path() == QLatin1String("/beta/connectors"))
            succeeded = e;
    }
    QVERIFY(failed.id != 0 && succeeded.id != 0);

    // Clicking the failed call shows its error under the table.
    const int row = widget.model()->rowOf(failed.id);
    const QRect rect = widget.view()->visualRect(widget.view()->model()->index(row, 0));
    QTest::mouseClick(widget.view()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(widget.currentEntry().id, failed.id);
    QVERIFY(widget.detailsText().contains(failed.error));
    QVERIFY(
        widget.detailsText().contains(QLatin1String("/v2024/connector-customizers/no-such-id")));

    QVERIFY(widget.copyTrackingIdAction()->isEnabled());
    QTest::mouseClick(buttonFor(widget, widget.copyTrackingIdAction()), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), failed.trackingId);

    // A call that succeeded has no error line.
    selectEntry(widget, succeeded.id);
    QVERIFY(widget.detailsText().isEmpty());
}

void TestActivityWidget::clearEmptiesTheJournal()
{
    makeCalls();
    if (QTest::currentTestFailed())
        return;
    ActivityWidget widget;
    QAbstractItemModelTester tester(widget.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.setJournal(m_client->journal());
    QVERIFY(showActive(&widget));
    QVERIFY(widget.clearAction()->isEnabled());
    selectEntry(widget, m_client->journal()->entries().constLast().id);
    QTest::mouseClick(buttonFor(widget, widget.clearAction()), Qt::LeftButton);
    QVERIFY(m_client->journal()->entries().isEmpty());
    QCOMPARE(widget.model()->rowCount(), 0);
    QVERIFY(!widget.clearAction()->isEnabled());
    QVERIFY(!widget.copyCurlAction()->isEnabled());
    QVERIFY(!widget.copyTrackingIdAction()->isEnabled());
    QCOMPARE(widget.currentEntry().id, quint64(0));
}

void TestActivityWidget::followsTheNewestWhenAtTheBottom()
{
    RequestJournal journal;
    for (int i = 0; i < 200; ++i)
        journal.add(entry(i));
    ActivityWidget widget;
    widget.resize(700, 300);
    widget.setJournal(&journal);
    QVERIFY(showActive(&widget));
    QScrollBar *bar = widget.view()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    widget.view()->scrollToBottom();
    QCOMPARE(bar->value(), bar->maximum());

    // At the bottom: the new call comes into sight.
    const int before = bar->maximum();
    journal.add(entry(200));
    QVERIFY(bar->maximum() > before);
    QCOMPARE(bar->value(), bar->maximum());
    const QModelIndex newest = widget.view()->model()->index(200, 0);
    QVERIFY(widget.view()->viewport()->rect().intersects(widget.view()->visualRect(newest)));

    // Scrolled up: the view stays where the user is.
    bar->setValue(0);
    journal.add(entry(201));
    QCOMPARE(bar->value(), 0);
    QCOMPARE(widget.model()->rowCount(), 202);
}

void TestActivityWidget::switchesJournals()
{
    RequestJournal first;
    RequestJournal second;
    first.add(entry(1));
    second.add(entry(2));
    second.add(entry(3));
    ActivityWidget widget;
    widget.setJournal(&first);
    QCOMPARE(widget.model()->rowCount(), 1);
    widget.setJournal(&second);
    QCOMPARE(widget.model()->rowCount(), 2);
    widget.setJournal(nullptr);
    QCOMPARE(widget.model()->rowCount(), 0);
    QVERIFY(!widget.clearAction()->isEnabled());
}

void TestActivityWidget::retranslates()
{
    ActivityWidget widget;
    const QString curl = widget.copyCurlAction()->text();
    ScopedPseudoTranslation pseudo;
    QCOMPARE(widget.copyCurlAction()->text(), PseudoTranslator::wrap(curl));
    QCOMPARE(widget.model()->headerData(A::StatusColumn, Qt::Horizontal).toString(),
             PseudoTranslator::wrap(QStringLiteral("Status")));
    QCOMPARE(buttonFor(widget, widget.clearAction())->text(),
             PseudoTranslator::wrap(QStringLiteral("Clear")));
}

QTEST_MAIN(TestActivityWidget)
#include "tst_activitywidget.moc"
