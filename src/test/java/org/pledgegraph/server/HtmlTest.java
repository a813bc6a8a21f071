package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text from documents is never markup. */
class HtmlTest {
    @Test
    void escapesTheFiveMarkupCharacters() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.esc("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void leavesChineseTextAloneAndNullIsEmpty() {
        assertEquals("青松湖数字经济产业园", Html.esc("青松湖数字经济产业园"));
        assertEquals("", Html.esc(null));
    }
}
