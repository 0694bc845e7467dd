#include "models/connectorinstancetablemodel.h"
#include "models/modelroles.h"

#include "base/jsondecode.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace isc;

namespace {

ConnectorInstance instance(const QString &id, const QString &name, const QString &customizerId = {})
{
    ConnectorInstance i;
    i.id = id;
    i.name = name;
    i.type = QStringLiteral("Workday");
    i.connectorCustomizerId = customizerId;
    i.extra.insert(QStringLiteral("description"), QStringLiteral("extra field"));
    return i;
}

QString emDash()
{
    return QString(QChar(0x2014));
}

} // namespace

class TestConnectorInstanceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers();
    void values();
    void linkedCustomizerName();
    void customizerNamesChangeOnlyAffectedCells();
    void linkAndUnlinkChangeOneRow();
    void removeAndLookUp();
    void usageGroupsInstancesByCustomizer();
    void stalePagesAreIgnored();
};

void TestConnectorInstanceTableModel::headers()
{
    ConnectorInstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList fields = {QStringLiteral("name"), QStringLiteral("id"),
                                QStringLiteral("type"), QStringLiteral("connectorCustomizerId"),
                                QStringLiteral("connectorCustomizerName")};
    QCOMPARE(model.columnCount(), fields.size());
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal, FieldNameRole).toString(),
                 fields.at(column));
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
}

void TestConnectorInstanceTableModel::values()
{
    ConnectorInstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const ConnectorInstance linked =
        instance(QStringLiteral("i-1"), QStringLiteral("HR"), QStringLiteral("c-1"));
    ConnectorInstance plain = instance(QStringLiteral("i-2"), QStringLiteral("AD"));
    plain.type.clear();
    model.appendPage(model.beginLoad(), {linked, plain});
    QCOMPARE(model.index(0, ConnectorInstanceTableModel::NameColumn).data().toString(),
             QStringLiteral("HR"));
    QCOMPARE(model.index(0, ConnectorInstanceTableModel::CustomizerIdColumn).data().toString(),
             QStringLiteral("c-1"));
    QCOMPARE(model.index(0, ConnectorInstanceTableModel::CustomizerIdColumn).data(RawValueRole),
             QVariant(QStringLiteral("c-1")));
    // Not linked: empty, with a tooltip that says so; raw value absent.
    const QModelIndex unlinked = model.index(1, ConnectorInstanceTableModel::CustomizerIdColumn);
    QCOMPARE(unlinked.data().toString(), QString());
    QVERIFY(!unlinked.data(RawValueRole).isValid());
    QVERIFY(unlinked.data(Qt::ToolTipRole).toString().contains(QLatin1String("Not linked")));
    // No type: an em dash with a reason.
    const QModelIndex type = model.index(1, ConnectorInstanceTableModel::TypeColumn);
    QCOMPARE(type.data().toString(), emDash());
    QVERIFY(!type.data(RawValueRole).isValid());
    QVERIFY(!type.data(Qt::ToolTipRole).toString().isEmpty());
    // The whole row, with its extra fields, for the details pane.
    const QJsonObject json = model.index(0, 0).data(RowJsonRole).toJsonObject();
    QCOMPARE(json, json::toJson(linked));
    QCOMPARE(json.value(QStringLiteral("description")).toString(), QStringLiteral("extra field"));
    QCOMPARE(model.index(0, 0).data(RowValueRole).value<ConnectorInstance>().connectorCustomizerId,
             QStringLiteral("c-1"));
    QCOMPARE(model.index(1, 3).data(RowKeyRole).toString(), QStringLiteral("i-2"));
}

void TestConnectorInstanceTableModel::linkedCustomizerName()
{
    ConnectorInstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(),
                     {instance(QStringLiteral("i-1"), QStringLiteral("HR"), QStringLiteral("c-1")),
                      instance(QStringLiteral("i-2"), QStringLiteral("AD"), QStringLiteral("gone")),
                      instance(QStringLiteral("i-3"), QStringLiteral("LDAP"))});
    const int name = ConnectorInstanceTableModel::CustomizerNameColumn;
    // Before the customizers are known.
    QCOMPARE(model.index(0, name).data().toString(), emDash());
    QVERIFY(model.index(0, name)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("not been loaded")));
    model.setCustomizerNames({{QStringLiteral("c-1"), QStringLiteral("Trim names")}});
    QCOMPARE(model.index(0, name).data().toString(), QStringLiteral("Trim names"));
    QCOMPARE(model.index(0, name).data(RawValueRole), QVariant(QStringLiteral("Trim names")));
    // Linked to a customizer that does not exist (deleted elsewhere).
    QCOMPARE(model.index(1, name).data().toString(), emDash());
    QVERIFY(model.index(1, name).data(Qt::ToolTipRole).toString().contains(QLatin1String("gone")));
    QVERIFY(!model.index(1, name).data(RawValueRole).isValid());
    // Not linked.
    QCOMPARE(model.index(2, name).data().toString(), QString());
}

void TestConnectorInstanceTableModel::customizerNamesChangeOnlyAffectedCells()
{
    ConnectorInstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ConnectorInstance> rows;
    for (int i = 0; i < 8; ++i)
        rows.append(instance(QStringLiteral("i-%1").arg(i), QStringLiteral("S%1").arg(i),
                             i % 2 ? QStringLiteral("c-%1").arg(i % 4) : QString()));
    model.appendPage(model.beginLoad(), rows); // rows 1,5 -> c-1; rows 3,7 -> c-3
    QHash<QString, QString> names{{QStringLiteral("c-1"), QStringLiteral("One")},
                                  {QStringLiteral("c-3"), QStringLiteral("Three")}};
    model.setCustomizerNames(names);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    names[QStringLiteral("c-3")] = QStringLiteral("Three renamed");
    names.insert(QStringLiteral("c-9"), QStringLiteral("Unused"));
    model.setCustomizerNames(names);
    QCOMPARE(changes.count(), 2);
    const int column = ConnectorInstanceTableModel::CustomizerNameColumn;
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(changes.at(i).at(0).toModelIndex().column(), column);
        QCOMPARE(changes.at(i).at(1).toModelIndex().column(), column);
        QCOMPARE(changes.at(i).at(0).toModelIndex().row(),
                 changes.at(i).at(1).toModelIndex().row());
    }
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changes.at(1).at(0).toModelIndex().row(), 7);
    QCOMPARE(model.index(7, column).data().toString(), QStringLiteral("Three renamed"));
}

void TestConnectorInstanceTableModel::linkAndUnlinkChangeOneRow()
{
    ConnectorInstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(),
                     {instance(QStringLiteral("i-1"), QStringLiteral("A")),
                      instance(QStringLiteral("i-2"), QStringLiteral("B")),
                      instance(QStringLiteral("i-3"), QStringLiteral("C"))});
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    // The PATCH reply of a link.
    QCOMPARE(
        model.upsert(instance(QStringLiteral("i-2"), QStringLiteral("B"), QStringLiteral("c-7"))),
        1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changes.at(0).at(1).toModelIndex(),
             model.index(1, ConnectorInstanceTableModel::ColumnCount - 1));
    QCOMPARE(model.instance(1).connectorCustomizerId, QStringLiteral("c-7"));
    // And of an unlink.
    model.upsert(instance(QStringLiteral("i-2"), QStringLiteral("B")));
    QCOMPARE(changes.count(), 2);
    QVERIFY(!model.instance(1).isLinked());
    QCOMPARE(inserts.count(), 0);
}

void TestConnectorInstanceTableModel::removeAndLookUp()
{
    ConnectorInstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ConnectorInstance> rows;
    for (int i = 0; i < 6; ++i)
        rows.append(instance(QStringLiteral("i-%1").arg(i), QStringLiteral("S%1").arg(i)));
    model.appendPage(model.beginLoad(), rows);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.remove(QStringLiteral("i-0")));
    QVERIFY(model.remove(QStringLiteral("i-3")));
    QVERIFY(!model.remove(QStringLiteral("i-3")));
    QCOMPARE(removals.count(), 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(QStringLiteral("i-5")), 3);
    QCOMPARE(model.rowOf(QStringLiteral("i-1")), 0);
    QCOMPARE(model.instances().size(), 4);
}

void TestConnectorInstanceTableModel::usageGroupsInstancesByCustomizer()
{
    ConnectorInstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(
        model.beginLoad(),
        {instance(QStringLiteral("i-1"), QStringLiteral("zeta"), QStringLiteral("c-1")),
         instance(QStringLiteral("i-2"), QStringLiteral("Alpha"), QStringLiteral("c-1")),
         instance(QStringLiteral("i-3"), QStringLiteral("beta"), QStringLiteral("c-2")),
         instance(QStringLiteral("i-4"), QStringLiteral("free"))});
    const QHash<QString, QStringList> usage = model.usage();
    QCOMPARE(usage.size(), 2);
    QCOMPARE(usage.value(QStringLiteral("c-1")),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("zeta")}));
    QCOMPARE(usage.value(QStringLiteral("c-2")), QStringList{QStringLiteral("beta")});
}

void TestConnectorInstanceTableModel::stalePagesAreIgnored()
{
    ConnectorInstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const quint64 old = model.beginLoad();
    model.clear();
    QVERIFY(!model.appendPage(old, {instance(QStringLiteral("i-1"), QStringLiteral("A"))}));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.appendPage(model.beginLoad(),
                             {instance(QStringLiteral("i-1"), QStringLiteral("A"))}));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestConnectorInstanceTableModel)
#include "tst_connectorinstancetablemodel.moc"
