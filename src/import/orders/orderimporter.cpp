#include "import/orders/orderimporter.h"

#include "import/orders/ordervalueparser.h"
#include "storage/database.h"
#include "storage/queryerror.h"
#include "storage/workspacezone.h"

#include <QTimeZone>

namespace cohort::import {

namespace {

using MemberKey = OrderImportStore::MemberKey;

bool conflicts(const QString &rowValue, const QString &stored)
{
    return !rowValue.isEmpty() && !stored.isEmpty() && rowValue != stored;
}

} // namespace

OrderImporter::OrderImporter(const Database &database)
    : m_database(database)
    , m_store(database)
{
}

const QList<MemberKey> &OrderImporter::membersWithPhone(const QString &digits)
{
    // Numbers are stored as typed ("138 0013 8000", "+86 13800138000"): compare them normalized.
    if (!m_phonesLoaded) {
        m_phonesLoaded = true;
        const QList<MemberKey> members = m_store.membersWithPhone();
        for (const MemberKey &member : members) {
            const QString normalized = OrderValueParser::normalizedPhone(member.phone);
            if (!normalized.isEmpty())
                m_phones[normalized] << member;
        }
    }
    static const QList<MemberKey> none;
    const auto it = m_phones.constFind(digits);
    return it == m_phones.cend() ? none : *it;
}

const QList<MemberKey> &OrderImporter::membersWithWechatId(const QString &wechatId)
{
    if (!m_wechatIdsLoaded) {
        m_wechatIdsLoaded = true;
        const QList<MemberKey> members = m_store.membersWithWechatId();
        for (const MemberKey &member : members)
            m_wechatIds[member.wechatId.trimmed().toLower()] << member;
    }
    static const QList<MemberKey> none;
    const auto it = m_wechatIds.constFind(wechatId.toLower());
    return it == m_wechatIds.cend() ? none : *it;
}

const QList<MemberKey> &OrderImporter::membersNamed(const QString &name)
{
    auto it = m_names.find(name);
    if (it == m_names.end())
        it = m_names.insert(name, m_store.membersNamed(name));
    return *it;
}

OrderImporter::MemberResult OrderImporter::matchMember(OrderImportPlan &plan, const QString &name,
                                                       const QString &phone,
                                                       const QString &wechatId, qint64 line)
{
    MemberResult result;
    if (name.isEmpty() && phone.isEmpty() && wechatId.isEmpty()) {
        result.error = tr("The member is missing: give a name, phone or WeChat ID.");
        return result;
    }
    QList<MemberKey> candidates;
    bool ambiguous = false;
    if (!phone.isEmpty()) {
        candidates = membersWithPhone(phone);
        ambiguous = candidates.size() > 1;
    }
    if (candidates.isEmpty() && !wechatId.isEmpty()) {
        candidates = membersWithWechatId(wechatId);
        ambiguous = candidates.size() > 1;
    }
    if (candidates.isEmpty() && !name.isEmpty()) {
        candidates = membersNamed(name);
        // One "Li Na" with another phone number may be a second Li Na: the user decides.
        ambiguous = candidates.size() > 1
            || (candidates.size() == 1
                && (conflicts(phone, OrderValueParser::normalizedPhone(candidates.first().phone))
                    || conflicts(wechatId.toLower(), candidates.first().wechatId.toLower())));
    }
    if (candidates.size() == 1 && !ambiguous) {
        result.memberId = candidates.first().id;
        return result;
    }
    if (ambiguous) {
        const QString key = name + QLatin1Char('\x1f') + phone + QLatin1Char('\x1f') + wechatId;
        auto it = m_ambiguousByKey.find(key);
        if (it == m_ambiguousByKey.end()) {
            AmbiguousMember entry;
            entry.name = name;
            entry.phone = phone;
            entry.wechatId = wechatId;
            entry.candidates = candidates;
            plan.ambiguous << entry;
            it = m_ambiguousByKey.insert(key, int(plan.ambiguous.size() - 1));
        }
        plan.ambiguous[*it].lines << line;
        result.ambiguous = *it;
        return result;
    }
    const QString key = !phone.isEmpty() ? QLatin1String("p:") + phone
        : !wechatId.isEmpty()            ? QLatin1String("w:") + wechatId.toLower()
                                         : QLatin1String("n:") + name;
    auto it = m_newMemberByKey.find(key);
    if (it == m_newMemberByKey.end()) {
        Member member;
        member.displayName = !name.isEmpty() ? name : !phone.isEmpty() ? phone : wechatId;
        member.phone = phone;
        member.wechatId = wechatId;
        member.sourceChannel = SourceChannel::Import;
        plan.newMembers << member;
        it = m_newMemberByKey.insert(key, int(plan.newMembers.size() - 1));
    }
    result.newMember = *it;
    return result;
}

OrderImportPlan OrderImporter::prepare(const OrderCsvFile &file, const OrderColumnMapping &mapping)
{
    try {
        return prepareUnguarded(file, mapping);
    } catch (const QueryError &error) {
        // Matching against a workspace that cannot be read would call every member new.
        OrderImportPlan failed;
        failed.errors.append({ 0, error.message() });
        return failed;
    }
}

OrderImportPlan OrderImporter::prepareUnguarded(const OrderCsvFile &file,
                                                const OrderColumnMapping &mapping)
{
    OrderImportPlan plan;
    m_newMemberByKey.clear();
    m_ambiguousByKey.clear();
    // The workspace may have changed since the last plan (a commit, an edit): look again.
    m_phonesLoaded = false;
    m_phones.clear();
    m_wechatIdsLoaded = false;
    m_wechatIds.clear();
    m_names.clear();
    const QStringList problems = mapping.problems(file.headers());
    for (const QString &problem : problems)
        plan.errors.append({ 0, problem });
    if (!plan.errors.isEmpty())
        return plan;
    if (file.replacements().count() > 0)
        plan.warnings.append(
            { file.replacements().firstLine(), file.replacements().message(file.encoding()) });

    const QHash<OrderField, int> columns = mapping.resolve(file.headers());
    const QTimeZone zone = WorkspaceZone::of(m_database);

    const QList<Product> products = m_store.products();
    QHash<QString, int> bySku;
    QHash<QString, QList<int>> byName;
    for (int i = 0; i < products.size(); ++i) {
        if (!products.at(i).sku.isEmpty())
            bySku.insert(products.at(i).sku.trimmed().toLower(), i);
        byName[products.at(i).name.trimmed().toLower()] << i;
    }
    QHash<QString, qint64> groups;
    const QList<Group> groupList = m_store.groups();
    for (const Group &group : groupList)
        groups.insert(group.name.trimmed().toLower(), group.id);

    for (const OrderCsvFile::Row &row : file.rows()) {
        const auto value = [&](OrderField field) {
            const auto it = columns.constFind(field);
            return it == columns.cend() ? QString() : row.fields.value(*it).trimmed();
        };
        QStringList errors;

        const QString sku = value(OrderField::Sku);
        const QString productName = value(OrderField::ProductName);
        int product = -1;
        if (!sku.isEmpty())
            product = bySku.value(sku.toLower(), -1);
        if (product < 0 && !productName.isEmpty()) {
            const QList<int> named = byName.value(productName.toLower());
            if (named.size() == 1)
                product = named.first();
            else if (named.size() > 1)
                errors
                    << tr("Several products are named “%1”; add a SKU column to tell them apart.")
                           .arg(productName);
            else
                errors << tr("No product is named “%1”.").arg(productName);
        } else if (product < 0 && !sku.isEmpty()) {
            errors << tr("No product has the SKU “%1”.").arg(sku);
        } else if (product < 0) {
            errors << tr("The product is missing.");
        }

        int quantity = 1;
        if (const QString text = value(OrderField::Quantity); !text.isEmpty()) {
            if (const std::optional<int> q = OrderValueParser::quantity(text))
                quantity = *q;
            else
                errors << tr("“%1” is not a quantity (a whole number of at least 1).").arg(text);
        }

        const QString currency = product >= 0 && !products.at(product).price.currency().isEmpty()
            ? products.at(product).price.currency()
            : Money::defaultCurrency();
        const auto amount = [&](OrderField field) -> std::optional<Money> {
            const QString text = value(field);
            if (text.isEmpty())
                return std::nullopt;
            const std::optional<Money> money = OrderValueParser::money(text, currency);
            if (!money)
                errors << tr("“%1” is not an amount of money such as 19.90.").arg(text);
            else if (money->isNegative())
                errors << tr("“%1” is negative; record refunds with the status instead.").arg(text);
            return money;
        };
        std::optional<Money> unitPrice = amount(OrderField::UnitPrice);
        std::optional<Money> total = amount(OrderField::Total);

        QDateTime orderedAt;
        if (const QString text = value(OrderField::OrderedAt); text.isEmpty()) {
            errors << tr("The order date is missing.");
        } else if (const std::optional<QDateTime> at = OrderValueParser::dateTime(text, zone)) {
            orderedAt = *at;
        } else {
            errors << tr("“%1” is not a date such as 2024-03-15 14:30 or 2024/3/15.").arg(text);
        }

        OrderStatus status = OrderStatus::Placed;
        if (const QString text = value(OrderField::Status); !text.isEmpty()) {
            if (const std::optional<OrderStatus> s = OrderValueParser::status(text))
                status = *s;
            else
                errors << tr("“%1” is not an order status (placed, paid, delivered or refunded).")
                              .arg(text);
        }

        qint64 groupId = 0;
        if (const QString text = value(OrderField::Group); !text.isEmpty()) {
            groupId = groups.value(text.toLower(), 0);
            if (groupId == 0)
                errors << tr("No group is named “%1”.").arg(text);
        }

        if (!errors.isEmpty()) {
            for (const QString &error : std::as_const(errors))
                plan.errors.append({ row.line, error });
            continue;
        }

        // Members last: a row that fails anyway must not leave a new member or a question behind.
        const MemberResult member
            = matchMember(plan, value(OrderField::MemberName),
                          OrderValueParser::normalizedPhone(value(OrderField::Phone)),
                          value(OrderField::WechatId), row.line);
        if (!member.error.isEmpty()) {
            plan.errors.append({ row.line, member.error });
            continue;
        }

        OrderImportRow planned;
        planned.line = row.line;
        planned.newMember = member.newMember;
        planned.ambiguous = member.ambiguous;
        Order &order = planned.order;
        order.memberId = member.memberId;
        order.productId = products.at(product).id;
        order.groupId = groupId;
        order.quantity = quantity;
        if (!unitPrice && total) // a negotiated total: the unit price is its share, rounded down
            unitPrice = Money(total->minorUnits() / quantity, currency);
        if (!unitPrice)
            unitPrice = products.at(product).price.currency().isEmpty()
                ? Money(0, currency)
                : products.at(product).price;
        order.unitPrice = *unitPrice;
        order.total = total ? *total : unitPrice->times(quantity);
        order.orderedAt = orderedAt.toUTC();
        order.channel = OrderChannel::Csv;
        order.status = status;
        order.notes = value(OrderField::Notes);
        planned.duplicate = order.memberId != 0 && m_store.hasSameOrder(order);
        plan.rows << planned;
    }
    if (plan.rows.isEmpty() && plan.errors.isEmpty())
        plan.errors.append({ 0, tr("The file has no orders below its header.") });
    return plan;
}

bool OrderImporter::commit(const OrderImportPlan &plan,
                           const OrderImportStore::ProgressCallback &progress,
                           const OrderImportStore::CancelFlag &cancel)
{
    m_error.clear();
    m_errorLine = 0;
    m_cancelled = false;
    m_orderIds.clear();
    m_memberIds.clear();
    if (!plan.isReady()) {
        m_error = !plan.errors.isEmpty() ? tr("Fix the lines with errors first.")
            : plan.hasUnresolved()       ? tr("Choose the member of every ambiguous row first.")
                                         : tr("There are no orders to import.");
        return false;
    }
    OrderImportStore::Batch batch;
    batch.newMembers = plan.newMembers;
    QHash<int, int> newForAmbiguous;
    for (int i = 0; i < plan.ambiguous.size(); ++i) {
        const AmbiguousMember &a = plan.ambiguous.at(i);
        if (a.choice != AmbiguousMember::NewMember)
            continue;
        Member member;
        member.displayName = !a.name.isEmpty() ? a.name : !a.phone.isEmpty() ? a.phone : a.wechatId;
        member.phone = a.phone;
        member.wechatId = a.wechatId;
        member.sourceChannel = SourceChannel::Import;
        batch.newMembers << member;
        newForAmbiguous.insert(i, int(batch.newMembers.size() - 1));
    }
    for (const OrderImportRow &row : plan.rows) {
        if (row.duplicate && plan.skipDuplicates)
            continue;
        Order order = row.order;
        int newMember = row.newMember;
        if (row.ambiguous >= 0) {
            const qint64 choice = plan.ambiguous.at(row.ambiguous).choice;
            if (choice == AmbiguousMember::NewMember)
                newMember = newForAmbiguous.value(row.ambiguous);
            else
                order.memberId = choice;
        }
        batch.orders << order;
        batch.orderNewMember << newMember;
        batch.lines << row.line;
    }
    if (!m_store.write(batch, progress, cancel)) {
        m_cancelled = m_store.wasCancelled();
        m_errorLine = m_store.errorLine();
        m_error = m_errorLine > 0
            ? tr("Line %1: %2").arg(m_errorLine).arg(m_store.lastError().message)
            : m_store.lastError().message;
        return false;
    }
    for (const Order &order : std::as_const(batch.orders))
        m_orderIds << order.id;
    for (const Member &member : std::as_const(batch.newMembers))
        m_memberIds << member.id;
    return true;
}

} // namespace cohort::import
