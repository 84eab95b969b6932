#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;

namespace relasi {

// The first window: create a workspace, open one (folder picker), reopen a recent one, or try the demo.
// It only reports what the user chose; the AppController acts on it.
class WelcomeWindow : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWindow(QWidget *parent = nullptr);

    void setRecentWorkspaces(const QStringList &directories);
    QStringList recentWorkspaces() const;
    void setCurrentLanguage(const QString &code);
    void showError(const QString &message);
    void clearMessage();
    void setBusy(bool busy, const QString &message = QString());

Q_SIGNALS:
    void createRequested();
    void openRequested(const QString &directory);
    void demoRequested();
    // "" (follow the system), "en" or "id".
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFolder();
    void openItem(QListWidgetItem *item);

    QLabel *m_title = nullptr;
    QLabel *m_tagline = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_demo = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace relasi
