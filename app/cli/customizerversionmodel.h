#pragma once

#include "base/customizer.h"

#include <QAbstractTableModel>

namespace isc::cli {

// The reply of a version upload as a one-row table, so that `customizers upload` writes it
// through the same exporter and table output as every other command. Answers the roles of
// models/modelroles.h the exporter reads (RawValueRole, FieldNameRole).
class CustomizerVersionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CustomizerIdColumn, // customizerID
        ImageIdColumn, // imageID
        VersionColumn, // version
        CreatedColumn, // created
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CustomizerVersionModel(const CustomizerVersion &version, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString fieldName(int column);

    CustomizerVersion m_version;
};

} // namespace isc::cli
