#pragma once

#include "common/Result.h"

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace relasi {

class ServiceContext;

// Settings → General → "Business defaults": the business's default country (the region phone numbers
// typed without a country code are read in) and default currency (what new deals start in). They live
// in the workspace's business profile (BusinessProfileService), so they apply to everyone working in it;
// only the owner may change them (Permission::ConfigureSettings), others see them read-only.
class BusinessDefaultsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BusinessDefaultsBox(ServiceContext &services, QWidget *parent = nullptr);

    // ISO 3166-1 alpha-2 / ISO 4217 codes chosen in the box.
    QString country() const;
    QString currency() const;
    void setCountry(const QString &code);
    void setCurrency(const QString &code);
    bool canEdit() const { return m_canEdit; }
    // Whether the choices differ from the stored profile.
    bool isChanged() const;
    // Writes the choices to the business profile (a no-op when nothing changed). The services' default
    // region follows at once, so phone numbers typed from now on are read in the new country.
    Status save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();

    ServiceContext &m_services;
    QString m_storedCountry;
    QString m_storedCurrency;
    bool m_canEdit = false;
    QLabel *m_countryLabel = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace relasi
