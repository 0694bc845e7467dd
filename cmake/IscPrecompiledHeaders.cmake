# Precompiled Qt headers for the libraries, which hold most of the translation units: each
# library parses the Qt headers it uses once instead of once per file. Off by default
# (ccache does not cache files built with a precompiled header unless told to); on in the
# ci preset, where a clean build on two cores must stay short.
option(ISC_PCH "Precompile the common Qt headers of each library" OFF)

function(isc_precompile_headers target)
    if(NOT ISC_PCH)
        return()
    endif()
    set(headers <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
        <QJsonValue> <QList> <QObject> <QPointer> <QString> <QStringList> <QTimer> <QUrl>
        <QVariant> <functional> <memory>)
    foreach(module IN LISTS ARGN)
        if(module STREQUAL "Network")
            list(APPEND headers <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest>)
        elseif(module STREQUAL "Widgets")
            list(APPEND headers <QAction> <QApplication> <QComboBox> <QDialog> <QHeaderView>
                <QLabel> <QLineEdit> <QMenu> <QMessageBox> <QPushButton> <QTableView>
                <QVBoxLayout> <QWidget>)
        elseif(module STREQUAL "HttpServer")
            list(APPEND headers <QHttpServer> <QHttpServerRequest> <QHttpServerResponder>)
        endif()
    endforeach()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
