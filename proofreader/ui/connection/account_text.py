"""How an account and its credit are named in the window (plain text, no widgets)."""

from __future__ import annotations

from proofreader.heygen import Account
from proofreader.ui.i18n import translate


def account_name(account: Account) -> str:
    """The user name, else the full name, else the e-mail address."""
    full = " ".join(part for part in (account.first_name, account.last_name) if part)
    return account.username or full or account.email or translate("Account", "HeyGen account")


def credit_text(account: Account) -> str | None:
    """ "1,000.00 USD", "120 credits", or None when the account type reports no balance."""
    amount = account.remaining_credit
    if amount is None:
        return None
    unit = (account.credit_unit or "").strip()
    if unit and len(unit) == 3 and unit.isalpha():  # a currency code
        return f"{amount:,.2f} {unit.upper()}"
    number = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    shown_unit = unit or translate("Account", "credits")
    return f"{number} {shown_unit}"


def account_summary(account: Account) -> str:
    """One line: name, e-mail and remaining credit, as far as they are known."""
    name = account_name(account)
    parts = [name]
    if account.email and account.email != name:
        parts[0] = f"{name} <{account.email}>"
    credit = credit_text(account)
    if credit is not None:
        parts.append(translate("Account", "remaining credit {credit}").format(credit=credit))
    return " · ".join(parts)
