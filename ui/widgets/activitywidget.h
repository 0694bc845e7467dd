#pragma once

#include "net/journalentry.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace isc {

class ActivityModel;
class DataTableView;
class RequestJournal;
class TableSortFilterProxyModel;

// The activity dock: every call of the current tenant's ApiClient (its RequestJournal), oldest
// at the top, newest at the bottom. While the view is scrolled to the bottom it follows new
// calls; scrolled up, it stays where the user is. Under the table, the error of the selected
// call (when it failed). Buttons and context menu: "Copy as curl" (isc::toCurl: the token
// and the client secret are shell variables, never their values), "Copy Tracking ID" and
// "Clear" (empties the journal). The table is a DataTableView (copy, column menu, filter
// row) over a TableSortFilterProxyModel that filters but never sorts: time order stays.
class ActivityWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityWidget(QWidget *parent = nullptr);
    ~ActivityWidget() override;

    // The journal to show (the current tenant's ApiClient::journal()); null shows nothing.
    void setJournal(RequestJournal *journal);
    RequestJournal *journal() const;

    ActivityModel *model() const { return m_model; }
    DataTableView *view() const { return m_view; }
    QAction *copyCurlAction() const { return m_copyCurl; }
    QAction *copyTrackingIdAction() const { return m_copyTrackingId; }
    QAction *clearAction() const { return m_clear; }

    // The call of the current row; a default entry (id 0) when none.
    JournalEntry currentEntry() const;
    // What the details line under the table says (empty when hidden).
    QString detailsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCurrent();

    ActivityModel *m_model;
    TableSortFilterProxyModel *m_proxy;
    DataTableView *m_view;
    QLabel *m_details;
    QToolButton *m_copyCurlButton;
    QToolButton *m_copyTrackingIdButton;
    QToolButton *m_clearButton;
    QAction *m_copyCurl;
    QAction *m_copyTrackingId;
    QAction *m_clear;
    bool m_followBottom = true;
};

} // namespace isc
