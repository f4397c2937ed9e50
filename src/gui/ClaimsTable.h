// A small table of what a JSON Web Token says: its header (alg, kid, typ), who issued it for whom (iss, sub, aud,
// azp), its scopes, and its times in the person's locale with how long ago or from now they are.
#pragma once

#include <QDateTime>
#include <QTableWidget>

class Jwt;

class ClaimsTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ClaimsTable(QWidget *parent = nullptr);

    // now: the moment the times are judged against (the server's clock when it is known).
    void setToken(const Jwt &jwt, const QDateTime &now);
    void clearToken();

    // The value shown for a claim ("exp", "aud", "alg", ...), empty when the row is not there; for tests.
    QString valueOf(const QString &claim) const;
    // A moment as the table shows it: date and time in the person's locale and time zone.
    static QString timeText(const QDateTime &moment);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addRow(const QString &claim, const QString &label, const QString &value);
    void fitHeight();
};
