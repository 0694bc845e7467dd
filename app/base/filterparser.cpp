// The lexer and recursive-descent parser of the filter grammar (see filter.h).
#include "filter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace isc::filter {

namespace {

// Free functions have no tr(): this gives lupdate and the run time the same context.
struct FilterText
{
    Q_DECLARE_TR_FUNCTIONS(isc::filter)
};

bool isFieldStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isFieldChar(QChar c)
{
    return isFieldStart(c) || (c >= u'0' && c <= u'9') || c == u'.';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// ---------------------------------------------------------------------------------------
// Lexer: on demand, so that errors are reported in the order they appear in the text.

struct Token
{
    enum class Kind { Word, String, Number, DateTime, LParen, RParen, Comma, End };

    Kind kind = Kind::End;
    QString text; // a word, an unescaped string, a number or date-time as written
    int column = 0; // 1-based
    int length = 0;

    bool isWord(const char *word) const
    {
        return kind == Kind::Word && text == QLatin1String(word);
    }
    // How the token reads in a message: 'eq', '"abc"', ')' or "the end of the filter".
    QString display(QStringView source) const
    {
        if (kind == Kind::End)
            return FilterText::tr("the end of the filter");
        return QLatin1Char('\'') + source.mid(column - 1, length).toString() + QLatin1Char('\'');
    }
};

class Lexer
{
public:
    explicit Lexer(QStringView text)
        : m_text(text)
    { }

    // The next token; false with `error` set when the text cannot be read there.
    bool next(Token &token, ParseError &error)
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        token = Token();
        token.column = int(m_pos) + 1;
        if (m_pos >= m_text.size()) {
            token.kind = Token::Kind::End;
            return true;
        }
        const QChar c = m_text.at(m_pos);
        if (c == u'(' || c == u')' || c == u',') {
            token.kind = c == u'(' ? Token::Kind::LParen
                                   : (c == u')' ? Token::Kind::RParen : Token::Kind::Comma);
            token.length = 1;
            ++m_pos;
            return true;
        }
        if (c == u'"')
            return readString(token, error);
        if (isDigit(c) || (c == u'-' && m_pos + 1 < m_text.size() && isDigit(m_text.at(m_pos + 1))))
            return readNumberOrDate(token, error);
        if (isFieldStart(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isFieldChar(m_text.at(m_pos)))
                ++m_pos;
            token.kind = Token::Kind::Word;
            token.text = m_text.mid(start, m_pos - start).toString();
            token.length = int(m_pos - start);
            return true;
        }
        error = {c == u'\''
                     ? FilterText::tr("strings are written in double quotes, not single quotes")
                     : FilterText::tr("unexpected character '%1'").arg(c),
                 token.column, 1};
        return false;
    }

private:
    bool readString(Token &token, ParseError &error)
    {
        const qsizetype start = m_pos;
        ++m_pos; // the opening quote
        QString value;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                token.kind = Token::Kind::String;
                token.text = value;
                token.length = int(m_pos - start);
                return true;
            }
            if (c == u'\\') {
                if (m_pos + 1 >= m_text.size())
                    break; // unterminated
                const QChar escaped = m_text.at(m_pos + 1);
                if (escaped != u'"' && escaped != u'\\') {
                    error = {
                        FilterText::tr("invalid escape '\\%1' in a string: only \\\" and \\\\ are "
                                       "allowed")
                            .arg(escaped),
                        int(m_pos) + 1, 2};
                    return false;
                }
                value += escaped;
                m_pos += 2;
                continue;
            }
            value += c;
            ++m_pos;
        }
        error = {FilterText::tr("unterminated string: a closing \" is missing"), int(start) + 1,
                 int(m_text.size() - start)};
        return false;
    }

    bool readNumberOrDate(Token &token, ParseError &error)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (!(c.isLetterOrNumber() || c == u'.' || c == u':' || c == u'-' || c == u'+'))
                break;
            ++m_pos;
        }
        token.text = m_text.mid(start, m_pos - start).toString();
        token.length = int(m_pos - start);
        static const QRegularExpression number(
            QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
        static const QRegularExpression dateTime(QStringLiteral(
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
            "(Z|[-+][0-9]{2}:?[0-9]{2})?)?$"));
        if (number.match(token.text).hasMatch()) {
            token.kind = Token::Kind::Number;
            return true;
        }
        if (dateTime.match(token.text).hasMatch()) {
            token.kind = Token::Kind::DateTime;
            return true;
        }
        error = {
            token.text.contains(u'-') && token.text.size() >= 10
                ? FilterText::tr("invalid date-time '%1': use ISO 8601, e.g. 2024-05-01T12:00:00Z")
                      .arg(token.text)
                : FilterText::tr("invalid number '%1'").arg(token.text),
            token.column, token.length};
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

// ---------------------------------------------------------------------------------------
// Parser: recursive descent with one token of lookahead (two for the prefix `pr`).

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
        , m_lexer(text)
    { }

    ParseResult run()
    {
        ParseResult result;
        if (!advance()) {
            result.error = m_error;
            return result;
        }
        if (m_token.kind == Token::Kind::End)
            return result; // blank: no filter
        std::optional<Node> tree = parseOr(nullptr);
        if (tree && m_token.kind != Token::Kind::End) {
            trailingError();
            tree.reset();
        }
        if (!tree) {
            result.error = m_error;
            return result;
        }
        result.tree = std::move(tree);
        return result;
    }

private:
    bool advance()
    {
        if (m_hasPeek) {
            m_hasPeek = false;
            if (m_peekFailed) {
                m_error = m_peekError; // reported when the parser gets there
                return false;
            }
            m_token = m_peek;
            return true;
        }
        return m_lexer.next(m_token, m_error);
    }

    // The token after the current one, without consuming it; null when it cannot be read.
    const Token *peek()
    {
        if (!m_hasPeek) {
            m_peekFailed = !m_lexer.next(m_peek, m_peekError);
            m_hasPeek = true;
        }
        return m_peekFailed ? nullptr : &m_peek;
    }

    using Failure = std::nullopt_t;

    Failure fail(const QString &message, const Token &at)
    {
        m_error = {message, at.column, at.length};
        return std::nullopt;
    }

    // The keyword spellings people try: AND, Or, NOT.
    static bool isMiscasedKeyword(const Token &token)
    {
        if (token.kind != Token::Kind::Word)
            return false;
        const QString lower = token.text.toLower();
        return lower != token.text &&
            (lower == QLatin1String("and") || lower == QLatin1String("or") ||
             lower == QLatin1String("not"));
    }

    void trailingError()
    {
        if (m_token.kind == Token::Kind::RParen)
            fail(FilterText::tr("unexpected ')': there is no '(' to close"), m_token);
        else if (isMiscasedKeyword(m_token))
            fail(
                FilterText::tr("unknown operator '%1' (operators are lowercase)").arg(m_token.text),
                m_token);
        else
            fail(FilterText::tr("expected 'and' or 'or' before %1").arg(m_token.display(m_text)),
                 m_token);
    }

    std::optional<Node> parseOr(const Token *after)
    {
        std::optional<Node> first = parseAnd(after);
        if (!first)
            return std::nullopt;
        if (!m_token.isWord("or"))
            return first;
        std::vector<Node> operands;
        operands.push_back(std::move(*first));
        while (m_token.isWord("or")) {
            const Token keyword = m_token;
            if (!advance())
                return std::nullopt;
            std::optional<Node> next = parseAnd(&keyword);
            if (!next)
                return std::nullopt;
            operands.push_back(std::move(*next));
        }
        return Node::composite(Node::Kind::Or, std::move(operands));
    }

    std::optional<Node> parseAnd(const Token *after)
    {
        std::optional<Node> first = parseUnary(after);
        if (!first)
            return std::nullopt;
        if (!m_token.isWord("and"))
            return first;
        std::vector<Node> operands;
        operands.push_back(std::move(*first));
        while (m_token.isWord("and")) {
            const Token keyword = m_token;
            if (!advance())
                return std::nullopt;
            std::optional<Node> next = parseUnary(&keyword);
            if (!next)
                return std::nullopt;
            operands.push_back(std::move(*next));
        }
        return Node::composite(Node::Kind::And, std::move(operands));
    }

    std::optional<Node> parseUnary(const Token *after)
    {
        if (!m_token.isWord("not"))
            return parsePrimary(after);
        const Token keyword = m_token;
        if (!advance())
            return std::nullopt;
        std::optional<Node> operand = parseUnary(&keyword);
        if (!operand)
            return std::nullopt;
        std::vector<Node> children;
        children.push_back(std::move(*operand));
        Node node = Node::composite(Node::Kind::Not, std::move(children));
        node.column = keyword.column;
        return node;
    }

    // (An unqualified return type: lupdate misreads a std:: one before a tr() call.)
    Failure expectedCondition(const Token *after)
    {
        if (after)
            return fail(FilterText::tr("expected a condition after %1, found %2")
                            .arg(after->display(m_text), m_token.display(m_text)),
                        m_token);
        return fail(FilterText::tr("expected a condition (field operator value), found %1")
                        .arg(m_token.display(m_text)),
                    m_token);
    }

    std::optional<Node> parsePrimary(const Token *after)
    {
        if (m_token.kind == Token::Kind::LParen) {
            const Token open = m_token;
            if (!advance())
                return std::nullopt;
            std::optional<Node> inner = parseOr(&open);
            if (!inner)
                return std::nullopt;
            if (m_token.kind != Token::Kind::RParen) {
                if (m_token.kind == Token::Kind::End)
                    return fail(FilterText::tr("missing ')' to close the '(' at column %1")
                                    .arg(open.column),
                                m_token);
                return fail(FilterText::tr("missing ')' to close the '(' at column %1, found %2")
                                .arg(open.column)
                                .arg(m_token.display(m_text)),
                            m_token);
            }
            if (!advance())
                return std::nullopt;
            inner->column = open.column;
            return inner;
        }
        if (m_token.kind != Token::Kind::Word)
            return expectedCondition(after);
        if (isMiscasedKeyword(m_token))
            return fail(
                FilterText::tr("unknown operator '%1' (operators are lowercase)").arg(m_token.text),
                m_token);
        if (m_token.isWord("and") || m_token.isWord("or"))
            return expectedCondition(after);
        if (m_token.isWord("pr")) {
            const Token *next = peek();
            if (next && next->kind == Token::Kind::Word && !opFromName(next->text)) {
                const Token op = m_token;
                advance(); // cannot fail: the field was peeked
                Node node = Node::comparison(m_token.text, Op::Pr);
                node.column = op.column;
                node.opColumn = op.column;
                node.opLength = op.length;
                node.fieldColumn = m_token.column;
                node.fieldLength = m_token.length;
                if (!advance())
                    return std::nullopt;
                return node;
            }
        }
        return parseComparison();
    }

    std::optional<Node> parseComparison()
    {
        const Token field = m_token;
        if (!advance())
            return std::nullopt;
        Node node = Node::comparison(field.text, Op::Eq);
        node.column = field.column;
        node.fieldColumn = field.column;
        node.fieldLength = field.length;

        const Token opToken = m_token;
        if (opToken.kind != Token::Kind::Word) {
            return fail(FilterText::tr("expected an operator after '%1', found %2")
                            .arg(field.text, opToken.display(m_text)),
                        opToken);
        }
        const std::optional<Op> op = opFromName(opToken.text);
        if (!op) {
            if (opFromName(opToken.text.toLower()) || isMiscasedKeyword(opToken))
                return fail(FilterText::tr("unknown operator '%1' (operators are lowercase)")
                                .arg(opToken.text),
                            opToken);
            return fail(FilterText::tr(
                            "unknown operator '%1'; the operators are eq, ne, gt, ge, lt, le, co, "
                            "sw, in, ca, isnull and pr")
                            .arg(opToken.text),
                        opToken);
        }
        node.op = *op;
        node.opColumn = opToken.column;
        node.opLength = opToken.length;
        if (!advance())
            return std::nullopt;

        switch (*op) {
        case Op::IsNull:
            return node;
        case Op::Pr:
            return fail(FilterText::tr("'pr' goes before the field: pr %1").arg(field.text),
                        opToken);
        case Op::In:
        case Op::Ca:
            if (!parseList(opToken, node.values))
                return std::nullopt;
            return node;
        default: {
            Value value;
            if (!parseValue(opToken, value))
                return std::nullopt;
            node.values.append(value);
            return node;
        }
        }
    }

    bool parseList(const Token &opToken, QList<Value> &values)
    {
        if (m_token.kind != Token::Kind::LParen) {
            fail(FilterText::tr("expected '(' after '%1': %1 takes a list such as (\"a\", \"b\")")
                     .arg(opToken.text),
                 m_token);
            return false;
        }
        const Token open = m_token;
        Token previous = m_token;
        if (!advance())
            return false;
        for (;;) {
            Value value;
            if (!parseValue(previous, value))
                return false;
            values.append(value);
            if (m_token.kind == Token::Kind::RParen)
                return advance();
            if (m_token.kind != Token::Kind::Comma) {
                if (m_token.kind == Token::Kind::End)
                    fail(FilterText::tr("missing ')' to close the '(' at column %1")
                             .arg(open.column),
                         m_token);
                else
                    fail(FilterText::tr("expected ',' or ')' in the list, found %1")
                             .arg(m_token.display(m_text)),
                         m_token);
                return false;
            }
            previous = m_token;
            if (!advance())
                return false;
        }
    }

    bool parseValue(const Token &after, Value &value)
    {
        const Token token = m_token;
        value.column = token.column;
        value.length = token.length;
        value.text = token.text;
        switch (token.kind) {
        case Token::Kind::String:
            value.type = Value::Type::String;
            break;
        case Token::Kind::Number:
            value.type = Value::Type::Number;
            value.number = token.text.toDouble();
            break;
        case Token::Kind::DateTime:
            value.type = Value::Type::DateTime;
            value.dateTime = QDateTime::fromString(token.text, Qt::ISODateWithMs).toUTC();
            if (!value.dateTime.isValid()) {
                fail(FilterText::tr("invalid date-time '%1'").arg(token.text), token);
                return false;
            }
            break;
        case Token::Kind::Word:
            if (token.text == QLatin1String("true") || token.text == QLatin1String("false")) {
                value.type = Value::Type::Boolean;
                value.boolean = token.text == QLatin1String("true");
                break;
            }
            if (token.text == QLatin1String("null")) {
                fail(FilterText::tr(
                         "null is not a value here; use 'field isnull' or 'not pr field'"),
                     token);
                return false;
            }
            fail(FilterText::tr(
                     "expected a value after %1, found '%2': strings need double quotes, e.g. "
                     "\"%2\"")
                     .arg(after.display(m_text), token.text),
                 token);
            return false;
        default:
            if (token.kind == Token::Kind::End)
                fail(FilterText::tr("expected a value after %1").arg(after.display(m_text)), token);
            else
                fail(FilterText::tr("expected a value after %1, found %2")
                         .arg(after.display(m_text), token.display(m_text)),
                     token);
            return false;
        }
        return advance();
    }

    QStringView m_text;
    Lexer m_lexer;
    Token m_token;
    Token m_peek;
    bool m_hasPeek = false;
    bool m_peekFailed = false;
    ParseError m_peekError;
    ParseError m_error;
};

} // namespace

ParseResult parse(QStringView text)
{
    return Parser(text).run();
}

} // namespace isc::filter
