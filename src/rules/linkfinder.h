#pragma once

#include <QStringView>

namespace cohort::rules {

/// Finds URLs in folded text (see TextFolding), as no_links defines them: a scheme
/// ("https://", "weixin://"), "www." at the start of a word, or a host name whose last label is a
/// known top-level domain ("shop.example.cn", "t.me/x"). E-mail addresses, file names
/// ("report.pdf"), versions and abbreviations ("e.g.", "node.js") are not links.
class LinkFinder final
{
public:
    struct Span
    {
        int begin = -1;
        int end = -1;
        bool found() const { return begin >= 0; }
    };

    /// The first URL of `folded`, or a span that is not found().
    static Span first(QStringView folded);
};

} // namespace cohort::rules
