import pytest

from cms.sanitize import plain_text, sanitize_html

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">clic</a>',
    '<a href="JaVaScRiPt:alert(1)">clic</a>',
    '<svg onload="alert(1)"></svg>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<iframe src="https://example.org"></iframe>',
    "<p onclick=alert(1)>x</p>",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<!--<script>alert(1)</script>-->",
    "<math><mi//xlink:href='data:x,<script>alert(1)</script>'>",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_sanitize_html_removes_active_content(payload):
    cleaned = sanitize_html(payload).lower()
    assert "<script" not in cleaned
    assert "javascript:" not in cleaned
    assert "onerror" not in cleaned and "onload" not in cleaned and "onclick" not in cleaned
    assert "<iframe" not in cleaned and "<svg" not in cleaned
    assert "style=" not in cleaned
    assert "data:text/html" not in cleaned


def test_sanitize_html_keeps_allowed_formatting():
    html = '<p>Un <strong>CV</strong> <em>clair</em></p><ul><li>un</li></ul>'
    assert sanitize_html(html) == html


def test_links_are_kept_and_made_safe():
    cleaned = sanitize_html('<a href="https://www.francetravail.fr">site</a>')
    assert 'href="https://www.francetravail.fr"' in cleaned
    assert 'rel="nofollow noopener noreferrer"' in cleaned


def test_plain_text_strips_every_tag():
    assert plain_text("<b>Bonjour</b> <script>x</script>") == "Bonjour x"
