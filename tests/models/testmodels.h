#pragma once

#include "models/modelroles.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace isc::test {

// A model without FieldNameRole or RawValueRole: text only.
class PlainModel final : public QAbstractTableModel
{
public:
    PlainModel(QStringList headers, QList<QStringList> rows)
        : m_headers(std::move(headers))
        , m_rows(std::move(rows))
    { }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        return m_rows.at(index.row()).at(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return m_headers.at(section);
    }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

// A model with typed values, as the models of models/ give them.
class TypedModel final : public QAbstractTableModel
{
public:
    TypedModel(QStringList fields, QList<QVariantList> rows)
        : m_fields(std::move(fields))
        , m_rows(std::move(rows))
    { }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_fields.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const QVariant value = m_rows.at(index.row()).at(index.column());
        if (role == RawValueRole)
            return value;
        if (role == Qt::DisplayRole)
            return value.toString();
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == FieldNameRole)
            return m_fields.at(section);
        if (role == Qt::DisplayRole)
            return QString(QStringLiteral("Title ") + m_fields.at(section));
        return {};
    }
    void append(const QVariantList &row)
    {
        beginInsertRows({}, rowCount(), rowCount());
        m_rows.append(row);
        endInsertRows();
    }

private:
    QStringList m_fields;
    QList<QVariantList> m_rows;
};

} // namespace isc::test
