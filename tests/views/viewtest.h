#pragma once

// Fixtures of the view tests: a customizer table as the console loads it.

#include "base/jsondecode.h"
#include "models/customizertablemodel.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace isc::test {

inline Customizer makeCustomizer(int i, const QString &name = {})
{
    Customizer c;
    c.id = QStringLiteral("id-%1").arg(i, 3, 10, QLatin1Char('0'));
    c.name = name.isEmpty() ? QStringLiteral("Customizer %1").arg(i) : name;
    if (i % 3 != 0) {
        c.imageVersion = i;
        c.imageId = QStringLiteral("image-%1").arg(i);
    }
    c.tenantId = QStringLiteral("tenant-1");
    c.created = json::parseTimestamp(
        QStringLiteral("2024-03-%1T09:30:00.250Z").arg(1 + i % 28, 2, 10, QLatin1Char('0')));
    return c;
}

inline QList<Customizer> makeCustomizers(int count)
{
    QList<Customizer> rows;
    for (int i = 0; i < count; ++i)
        rows.append(makeCustomizer(i));
    return rows;
}

// Loads `rows` as one page (a reset, then one insert), as the main window does.
inline void load(CustomizerTableModel &model, QList<Customizer> rows)
{
    const quint64 generation = model.beginLoad();
    model.appendPage(generation, std::move(rows));
}

// Shows `widget` and waits until its window is active: shortcuts need an active window.
inline bool showActive(QWidget *widget)
{
    widget->show();
    QApplication::setActiveWindow(widget->window());
    return QTest::qWaitForWindowActive(widget->window());
}

} // namespace isc::test
