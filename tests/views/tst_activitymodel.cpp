// ActivityModel over a RequestJournal filled by hand: rows follow entryAdded / entryUpdated /
// cleared (inserts, one row changed, a reset), entries dropped past the capacity, a switched
// or destroyed journal, and what each column shows. Checked by QAbstractItemModelTester.
#include "models/modelroles.h"
#include "net/requestjournal.h"
#include "ui/widgets/activitymodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace isc;

namespace {

using A = ActivityModel;

JournalEntry call(const char *method, const QString &url, JournalEntry::State state, int status = 0)
{
    JournalEntry entry;
    entry.startedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30, 15), Qt::UTC);
    entry.method = method;
    entry.url = QUrl(url);
    entry.state = state;
    entry.httpStatus = status;
    return entry;
}

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestActivityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers();
    void followsTheJournal();
    void columns();
    void statusTexts_data();
    void statusTexts();
    void dropsWhatTheJournalDrops();
    void switchesJournals();
    void destroyedJournalEmptiesTheModel();
    void retranslateAnnouncesEverything();
};

void TestActivityModel::headers()
{
    A model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(A::ColumnCount));
    const QStringList expected{QStringLiteral("Time"),          QStringLiteral("Method"),
                               QStringLiteral("Path"),          QStringLiteral("Status"),
                               QStringLiteral("Duration (ms)"), QStringLiteral("Tracking ID"),
                               QStringLiteral("Retries"),       QStringLiteral("Error")};
    for (int column = 0; column < A::ColumnCount; ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
        QVERIFY(!model.headerData(column, Qt::Horizontal, FieldNameRole).toString().isEmpty());
    }
    QCOMPARE(model.headerData(A::DurationColumn, Qt::Horizontal, Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!model.headerData(A::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.journal());
}

void TestActivityModel::followsTheJournal()
{
    RequestJournal journal;
    journal.add(call("GET", QStringLiteral("https://t.example/beta/connectors"),
                     JournalEntry::State::Succeeded, 200));
    A model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJournal(&journal);
    QCOMPARE(model.rowCount(), 1); // what the journal already held

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    JournalEntry running =
        call("POST", QStringLiteral("https://t.example/v2024/connector-customizers"),
             JournalEntry::State::Running);
    running.id = journal.add(running);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(text(model, 1, A::StatusColumn), QStringLiteral("Running"));
    QCOMPARE(text(model, 1, A::DurationColumn), QString());
    QCOMPARE(model.entryAt(1).id, running.id);
    QCOMPARE(model.rowOf(running.id), 1);

    // It ends: its one row changes, every column.
    running.state = JournalEntry::State::Failed;
    running.httpStatus = 400;
    running.durationMs = 1234;
    running.trackingId = QStringLiteral("abc123");
    running.error = QStringLiteral("The request was refused (HTTP 400).\nname: required");
    journal.update(running);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, A::ColumnCount - 1));
    QCOMPARE(text(model, 1, A::StatusColumn), QStringLiteral("400"));
    QCOMPARE(text(model, 1, A::DurationColumn), QLocale().toString(1234));
    QCOMPARE(text(model, 1, A::TrackingIdColumn), QStringLiteral("abc123"));
    // One line in the cell, all of it in the tooltip.
    QCOMPARE(text(model, 1, A::ErrorColumn),
             QStringLiteral("The request was refused (HTTP 400). name: required"));
    QCOMPARE(text(model, 1, A::ErrorColumn, Qt::ToolTipRole), running.error);
    QCOMPARE(model.entryAt(1).error, running.error);

    // An update of an unknown entry changes nothing.
    JournalEntry unknown = running;
    unknown.id = 999;
    journal.update(unknown);
    QCOMPARE(changed.count(), 1);

    journal.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.entryAt(0).id, quint64(0));
    QCOMPARE(model.entryAt(-1).id, quint64(0));
    QCOMPARE(model.rowOf(running.id), -1);
}

void TestActivityModel::columns()
{
    RequestJournal journal;
    JournalEntry entry = call("GET",
                              QStringLiteral("https://t.example/beta/connectors?limit=250&offset=0"
                                             "&filters=name%20co%20%22Web%22"),
                              JournalEntry::State::Succeeded, 200);
    entry.durationMs = 87;
    entry.retries = 2;
    entry.trackingId = QStringLiteral("t-1");
    const quint64 id = journal.add(entry);
    A model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJournal(&journal);

    const QDateTime local = entry.startedAt.toLocalTime();
    QCOMPARE(text(model, 0, A::TimeColumn), local.time().toString(QStringLiteral("HH:mm:ss")));
    QCOMPARE(model.index(0, A::TimeColumn).data(RawValueRole).toDateTime(), entry.startedAt);
    QVERIFY(text(model, 0, A::TimeColumn, Qt::ToolTipRole).contains(QString::number(2024)));
    QCOMPARE(text(model, 0, A::MethodColumn), QStringLiteral("GET"));
    // Path and query, decoded for reading; the whole URL in the tooltip.
    QCOMPARE(text(model, 0, A::PathColumn),
             QStringLiteral("/beta/connectors?limit=250&offset=0&filters=name co \"Web\""));
    QVERIFY(text(model, 0, A::PathColumn, Qt::ToolTipRole)
                .startsWith(QLatin1String("https://t.example/")));
    QCOMPARE(text(model, 0, A::StatusColumn), QStringLiteral("200"));
    QCOMPARE(model.index(0, A::StatusColumn).data(RawValueRole).toLongLong(), 200);
    QCOMPARE(text(model, 0, A::DurationColumn), QStringLiteral("87"));
    QCOMPARE(model.index(0, A::DurationColumn).data(RawValueRole).toLongLong(), 87);
    QCOMPARE(model.index(0, A::DurationColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(text(model, 0, A::TrackingIdColumn), QStringLiteral("t-1"));
    QCOMPARE(text(model, 0, A::RetriesColumn), QStringLiteral("2"));
    QCOMPARE(text(model, 0, A::ErrorColumn), QString());
    QVERIFY(!model.index(0, A::ErrorColumn).data(RawValueRole).isValid());
    QCOMPARE(text(model, 0, A::TimeColumn, RowKeyRole), QString::number(id));
    QCOMPARE(text(model, 0, A::ErrorColumn, FieldNameRole), QStringLiteral("error"));
}

void TestActivityModel::statusTexts_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("running") << int(JournalEntry::State::Running) << 0 << "Running";
    QTest::newRow("ok") << int(JournalEntry::State::Succeeded) << 204 << "204";
    QTest::newRow("http error") << int(JournalEntry::State::Failed) << 404 << "404";
    QTest::newRow("no response") << int(JournalEntry::State::Failed) << 0 << "Failed";
    QTest::newRow("cancelled") << int(JournalEntry::State::Cancelled) << 0 << "Cancelled";
    QTest::newRow("cancelled after a 503")
        << int(JournalEntry::State::Cancelled) << 503 << "Cancelled";
}

void TestActivityModel::statusTexts()
{
    QFETCH(int, state);
    QFETCH(int, status);
    QFETCH(QString, expected);
    JournalEntry entry =
        call("GET", QStringLiteral("https://t.example/x"), JournalEntry::State(state), status);
    QCOMPARE(A::statusText(entry), expected);
}

void TestActivityModel::dropsWhatTheJournalDrops()
{
    RequestJournal journal;
    journal.setCapacity(3);
    A model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJournal(&journal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 5; ++i)
        journal.add(call("GET", QStringLiteral("https://t.example/%1").arg(i),
                         JournalEntry::State::Succeeded, 200));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(text(model, 0, A::PathColumn), QStringLiteral("/2"));
    QCOMPARE(text(model, 2, A::PathColumn), QStringLiteral("/4"));
    // A journal that shrinks says nothing; the next call brings the model in line.
    journal.setCapacity(1);
    journal.add(call("GET", QStringLiteral("https://t.example/5"), JournalEntry::State::Running));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, A::PathColumn), QStringLiteral("/5"));
}

void TestActivityModel::switchesJournals()
{
    RequestJournal first;
    RequestJournal second;
    first.add(call("GET", QStringLiteral("https://a.example/one"), JournalEntry::State::Running));
    second.add(call("GET", QStringLiteral("https://b.example/two"), JournalEntry::State::Running));
    second.add(
        call("GET", QStringLiteral("https://b.example/three"), JournalEntry::State::Running));
    A model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setJournal(&first);
    QCOMPARE(model.rowCount(), 1);
    model.setJournal(&second);
    QCOMPARE(model.journal(), &second);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(reset.count(), 2);
    // The old journal is not followed any more.
    first.add(call("GET", QStringLiteral("https://a.example/four"), JournalEntry::State::Running));
    first.clear();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(reset.count(), 2);
    model.setJournal(&second); // the same: nothing happens
    QCOMPARE(reset.count(), 2);
    model.setJournal(nullptr);
    QCOMPARE(model.rowCount(), 0);
    second.add(call("GET", QStringLiteral("https://b.example/five"), JournalEntry::State::Running));
    QCOMPARE(model.rowCount(), 0);
}

void TestActivityModel::destroyedJournalEmptiesTheModel()
{
    auto journal = std::make_unique<RequestJournal>();
    journal->add(
        call("GET", QStringLiteral("https://a.example/one"), JournalEntry::State::Running));
    A model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJournal(journal.get());
    QCOMPARE(model.rowCount(), 1);
    journal.reset();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.journal());
    RequestJournal next;
    model.setJournal(&next);
    QCOMPARE(model.journal(), &next);
}

void TestActivityModel::retranslateAnnouncesEverything()
{
    RequestJournal journal;
    journal.add(call("GET", QStringLiteral("https://a.example/one"), JournalEntry::State::Running));
    A model;
    model.setJournal(&journal);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(2).toInt(), A::ColumnCount - 1);
    QCOMPARE(data.count(), 1);
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
