// Implementation of ClaimsTable.
#include "ClaimsTable.h"

#include "tokens/Jwt.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
// The claim's name is kept with the row so that tests and screen readers can find it whatever the language.
constexpr int ClaimRole = Qt::UserRole + 1;
} // namespace

ClaimsTable::ClaimsTable(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({ tr("Claim"), tr("Value") });
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setAlternatingRowColors(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setTabKeyNavigation(false);
    fitHeight();
}

void ClaimsTable::setToken(const Jwt &jwt, const QDateTime &now)
{
    clearToken();
    if (!jwt.isValid())
        return;
    addRow(u"alg"_s, tr("Algorithm (alg)"), jwt.algorithm());
    addRow(u"kid"_s, tr("Key id (kid)"), jwt.keyId());
    addRow(u"typ"_s, tr("Type (typ)"), jwt.type());
    if (jwt.isEncrypted()) {
        addRow(u"claims"_s, tr("Claims"), tr("Encrypted: only the server can read them"));
        fitHeight();
        return;
    }
    addRow(u"iss"_s, tr("Issuer (iss)"), jwt.issuer());
    addRow(u"sub"_s, tr("Subject (sub)"), jwt.subject());
    addRow(u"aud"_s, tr("Audience (aud)"), jwt.audiences().join(u", "_s));
    addRow(u"azp"_s, tr("Authorized party (azp)"), jwt.authorizedParty());
    addRow(u"scope"_s, tr("Scopes (scope, scp)"), jwt.scopes().join(u' '));

    const QDateTime iat = jwt.issuedAt();
    if (iat.isValid()) {
        const qint64 seconds = now.secsTo(iat);
        addRow(u"iat"_s, tr("Issued (iat)"),
            tr("%1 (%2)").arg(timeText(iat), seconds > 0 ? Jwt::fromNow(seconds) : Jwt::ago(-seconds)));
    }
    const QDateTime nbf = jwt.notBefore();
    if (nbf.isValid())
        addRow(u"nbf"_s, tr("Not before (nbf)"), tr("%1 (%2)").arg(timeText(nbf), Jwt::validFromText(nbf, now)));
    const QDateTime exp = jwt.expiresAt();
    if (exp.isValid())
        addRow(u"exp"_s, tr("Expires (exp)"), tr("%1 (%2)").arg(timeText(exp), Jwt::expiryText(exp, now)));
    else
        addRow(u"exp"_s, tr("Expires (exp)"), tr("Never: the token has no expiry time"));
    fitHeight();
}

void ClaimsTable::clearToken()
{
    setRowCount(0);
    fitHeight();
}

QString ClaimsTable::valueOf(const QString &claim) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem *name = item(row, 0);
        if (name && name->data(ClaimRole).toString() == claim)
            return item(row, 1)->text();
    }
    return {};
}

QString ClaimsTable::timeText(const QDateTime &moment)
{
    const QDateTime local = moment.toLocalTime();
    const QLocale locale;
    return tr("%1, %2").arg(
        locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::LongFormat));
}

void ClaimsTable::addRow(const QString &claim, const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    const int row = rowCount();
    insertRow(row);
    auto *name = new QTableWidgetItem(label);
    name->setData(ClaimRole, claim);
    setItem(row, 0, name);
    auto *text = new QTableWidgetItem(value);
    text->setToolTip(value);
    setItem(row, 1, text);
}

void ClaimsTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    // Long values wrap at the new width.
    fitHeight();
}

void ClaimsTable::fitHeight()
{
    // The page scrolls as a whole: the table is as tall as its rows, never a second scroll area inside the page.
    resizeRowsToContents();
    // isHidden(), not isVisible(): the table is often filled while its page is not shown yet.
    int height = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    setFixedHeight(height + 2 * frameWidth());
}
