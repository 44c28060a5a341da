package org.windowsuite.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageSupportTest {

    @Test
    void chineseUnlessTheReaderChoseEnglish() {
        assertThat(PageSupport.language(null)).isEqualTo("zh");
        assertThat(PageSupport.language("fr")).isEqualTo("zh");
        assertThat(PageSupport.language("en")).isEqualTo("en");
    }

    @Test
    void aPageErrorTellsTheProblemWithoutLettingMarkupThrough() {
        String html = PageErrors.html("console", new org.windowsuite.common.Problem("about:blank", "Rule violated", 422,
                "<script>x</script>", "FI-7", null));
        assertThat(html).contains("422 Rule violated", "FI-7", "&lt;script&gt;").doesNotContain("<script>x");
    }
}
