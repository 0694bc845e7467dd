#pragma once

#include "net/apierror.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QSplitter;
class QTimer;
class QVBoxLayout;

namespace isc {

class ApiJob;
class DataTableView;
class DetailsPane;
class FilterLineEdit;
class RequestStatusWidget;
class Session;
class TableModel;
class TableSortFilterProxyModel;

// What the three tabs of the main window share: a quick filter (debounced), an inline
// error banner (server message, HTTP status, copyable trackingId), the table (a
// DataTableView on a TableSortFilterProxyModel over the page's model) and a details pane
// for the current row, side by side in a splitter. A subclass loads its model from the
// session's services (reload()) and reports the load through trackLoad()/endLoad(), which
// drive loadingChanged(), progress() and rateLimited() for the status bar.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    ~TablePage() override;

    // The untranslated name of the table: settings keys and export file names.
    QString tableName() const { return m_tableName; }
    // The translated tab title.
    virtual QString title() const = 0;

    TableModel *model() const { return m_model; }
    TableSortFilterProxyModel *proxy() const { return m_proxy; }
    DataTableView *view() const { return m_view; }
    DetailsPane *detailsPane() const { return m_details; }
    RequestStatusWidget *banner() const { return m_banner; }
    FilterLineEdit *quickFilterEdit() const { return m_quickFilter; }
    QSplitter *splitter() const { return m_splitter; }

    // The session to load from; null empties the table and cancels the load.
    virtual void setSession(Session *session);
    Session *session() const;

    // Loads the table again from the session (nothing without one).
    virtual void reload() = 0;
    // Cancels the running load (the rows loaded so far stay).
    void cancelLoad();
    bool isLoading() const { return !m_job.isNull(); }
    // What the load is doing ("Loading connectors…"), for the status bar.
    QString loadingText() const { return m_loadingText; }

    // Rows the view shows (after the filters), and rows of the whole list (the server's
    // total when known, else the rows loaded).
    int shownCount() const;
    virtual qint64 totalCount() const;
    // The table holds every row of the list (not loading, no load cut short).
    virtual bool isComplete() const { return !isLoading() && !m_incomplete; }

    // Moves the keyboard focus to the quick filter and selects its text (Ctrl+F).
    void focusQuickFilter();
    void setDetailsVisible(bool visible);
    bool isDetailsVisible() const;

Q_SIGNALS:
    void countsChanged();
    void loadingChanged(bool loading);
    void progress(qint64 done, qint64 total);
    // The load waits on a 429: seconds left, then 0 when it is sent again.
    void rateLimited(int secondsLeft);
    // The selection or the current row changed (for the actions of the window).
    void selectionChanged();
    // A load ended (with or without an error).
    void loaded();

protected:
    TablePage(const QString &tableName, TableModel *model, QWidget *parent = nullptr);

    // Where a subclass adds widgets above the quick filter (e.g. the filter builder).
    QVBoxLayout *topLayout() const { return m_topLayout; }

    // A load started: the page is busy until endLoad(). The job is cancelled by
    // cancelLoad(), setSession() and a new trackLoad().
    void trackLoad(ApiJob *job, const QString &what);
    // The load ended: an error shows in the banner (a cancellation as a message).
    void endLoad(const ApiError &error);

    void changeEvent(QEvent *event) override;
    virtual void retranslate();

private:
    void showCurrentRow();

    QString m_tableName;
    TableModel *m_model;
    TableSortFilterProxyModel *m_proxy;
    QPointer<Session> m_session;
    QVBoxLayout *m_topLayout = nullptr;
    QLabel *m_quickFilterLabel = nullptr;
    FilterLineEdit *m_quickFilter = nullptr;
    QTimer *m_quickFilterTimer = nullptr;
    RequestStatusWidget *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    DataTableView *m_view = nullptr;
    DetailsPane *m_details = nullptr;
    QPointer<ApiJob> m_job;
    QString m_loadingText;
    bool m_incomplete = false;
};

} // namespace isc
