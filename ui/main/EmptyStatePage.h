#pragma once

#include <QWidget>

class QLabel;

namespace relasi {

// A centred placeholder for a screen with nothing to show yet: an icon, a heading and one helpful sentence.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(const QString &iconPath, QWidget *parent = nullptr);
    void setTexts(const QString &heading, const QString &body);
    QString heading() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
};

} // namespace relasi
