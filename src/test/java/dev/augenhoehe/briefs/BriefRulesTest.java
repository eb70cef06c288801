package dev.augenhoehe.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.knowledge.TemplateContent;
import dev.augenhoehe.knowledge.TemplateOption;
import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The publishing rules, versions and the no-recommendation case, on the domain alone. */
class BriefRulesTest {

    @Test
    void aCompleteBriefWithReasonsCanBePublished() {
        assertThat(TestBriefs.publishable(1, 2).publishProblems()).isEmpty();
    }

    @Test
    void aRecommendationWithoutReasonsCannotBePublished() {
        Brief b = TestBriefs.publishable(1, 2);
        Brief bare = TestBriefs.withEdit(b, new BriefEdit(b.context(), b.options(), 0, "", "  ", "", "", null, null));
        assertThat(bare.publishProblems()).extracting(PublishProblem::code)
                .containsExactly(PublishProblem.Code.REASONS_MISSING);
        assertThat(bare.publishProblems().get(0).messageKey()).isEqualTo("briefs.problem.reasonsMissing");
        assertThat(bare.publishProblems().get(0).field()).isEqualTo("reasons");

        Brief named = TestBriefs.withEdit(b, new BriefEdit(b.context(), b.options(), 0, "", "Too costly.", "", "",
                null, null));
        assertThat(named.publishProblems()).extracting(PublishProblem::code)
                .containsExactly(PublishProblem.Code.REASONS_TOO_SHORT);
    }

    @Test
    void noRecommendationYetNeedsToSayWhatIsMissing() {
        Brief b = TestBriefs.publishable(1, 2);
        Brief silent = TestBriefs.withEdit(b, new BriefEdit(b.context(), b.options(), null, "", "", "", "", null,
                null));
        assertThat(silent.publishProblems()).extracting(PublishProblem::code)
                .containsExactly(PublishProblem.Code.RECOMMENDATION_MISSING);

        Brief explained = TestBriefs.withEdit(b, new BriefEdit(b.context(), b.options(), null,
                "We need your budget and the number of users first.", "", "", "", null, null));
        assertThat(explained.publishProblems()).isEmpty();
        BriefContent content = explained.content("Cloud?", List.of());
        assertThat(content.hasRecommendation()).isFalse();
        assertThat(content.noRecommendationBecause()).startsWith("We need your budget");
    }

    @Test
    void optionsNeedNameMeaningAndRiskAndThereMustBeTwoToFive() {
        Brief b = TestBriefs.publishable(1, 2);
        Brief one = TestBriefs.withEdit(b, new BriefEdit("", List.of(TestBriefs.option("Only", "low")), 0, "",
                "Because it is the only way we know.", "", "", null, null));
        assertThat(one.publishProblems()).extracting(PublishProblem::code)
                .containsExactly(PublishProblem.Code.TOO_FEW_OPTIONS);

        Brief holes = TestBriefs.withEdit(b, new BriefEdit("", List.of(TestBriefs.option("A", "low"),
                BriefOption.EMPTY), 0, "", "Because it is the only way we know.", "", "", null, null));
        assertThat(holes.publishProblems()).containsExactly(
                PublishProblem.ofOption(PublishProblem.Code.OPTION_NAME_MISSING, 1),
                PublishProblem.ofOption(PublishProblem.Code.OPTION_MEANING_MISSING, 1),
                PublishProblem.ofOption(PublishProblem.Code.OPTION_RISK_MISSING, 1));
        assertThat(holes.publishProblems().get(0).option()).isEqualTo(2);
        assertThat(holes.publishProblems().get(0).field()).isEqualTo("options[1].name");

        List<BriefOption> seven = java.util.Collections.nCopies(7, TestBriefs.option("X", "high"));
        assertThat(new BriefEdit("", seven, 6, "", "", "", "", null, null).options()).hasSize(5);
        assertThat(new BriefEdit("", seven, 6, "", "", "", "", null, null).recommendation()).isNull();
    }

    @Test
    void publishingCountsVersionsAndLaterEditsMakeANewDraft() {
        Brief draft = TestBriefs.publishable(1, 2);
        assertThat(draft.state()).isEqualTo(BriefState.DRAFT);
        Brief v1 = draft.published(7, Instant.now());
        assertThat(v1.publishedVersion()).isEqualTo(1);
        assertThat(v1.state()).isEqualTo(BriefState.PUBLISHED);
        Brief edited = TestBriefs.withEdit(v1, v1.edit());
        assertThat(edited.state()).isEqualTo(BriefState.CHANGED);
        assertThat(edited.publishedVersion()).isEqualTo(1);
        assertThat(edited.published(7, Instant.now()).publishedVersion()).isEqualTo(2);
    }

    @Test
    void aVersionIsSelfContainedJson() {
        Brief b = TestBriefs.publishable(1, 2);
        BriefContent content = b.content("Should we go to the cloud?",
                List.of(new BriefContent.KnowhowTerm("cloud", "Cloud", "Renting computers.")));
        BriefContent back = VersionJson.read(VersionJson.write(content));
        assertThat(back).isEqualTo(content);
        assertThat(back.recommended().name()).isEqualTo("Rent in the cloud");
        assertThat(VersionJson.read("{\"question\":\"Q\",\"futureField\":1}").question()).isEqualTo("Q");
    }

    @Test
    void startingFromATemplateCopiesItForAdapting() {
        TemplateContent t = new TemplateContent("Title", "Question?", "Context.",
                List.of(new TemplateOption("A", "a", "p", "c", "l", "e", "c", "t", "low", "r"),
                        new TemplateOption("B", "b", "p", "c", "l", "e", "c", "t", "HIGH", "r")),
                1, "", "Reasons here are long enough.", "Revisit.", "Know.", List.of("cloud", "api"));
        Brief b = Brief.start(1, 2, 3, Language.DE, t, "cloud-vs-own-server", 9, Instant.now());
        assertThat(b.options()).extracting(BriefOption::name).containsExactly("A", "B");
        assertThat(b.options().get(1).risk()).isEqualTo("high");
        assertThat(b.recommendation()).isEqualTo(1);
        assertThat(b.addedTermIds()).containsExactly("cloud", "api");
        assertThat(b.templateKey()).isEqualTo("cloud-vs-own-server");
        assertThat(b.publishProblems()).isEmpty();
    }

    @Test
    void knowhowTermChangesFromTheForm() {
        Brief b = Brief.start(1, 2, 3, Language.EN, null, null, 9, Instant.now());
        BriefForm form = BriefForm.of(b);
        BriefEdit edit = new BriefForm(form.version(), "", form.options(), "none", "", "", "", "",
                List.of("cloud"), "").edit(b, "api");
        assertThat(edit.addedTerms()).containsExactly("api");
        assertThat(edit.removedTerms()).containsExactly("cloud");
        Brief after = TestBriefs.withEdit(b, edit);
        BriefEdit readd = BriefForm.of(after).edit(after, "cloud");
        assertThat(readd.removedTerms()).isEmpty();
        assertThat(readd.addedTerms()).containsExactly("api", "cloud");
    }
}
