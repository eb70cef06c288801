package dev.augenhoehe.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.knowledge.DecisionOption;
import dev.augenhoehe.knowledge.Risk;
import dev.augenhoehe.knowledge.TemplateContent;
import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The publishing rules, versions and the no-recommendation case, on the domain alone. */
class BriefRulesTest {

    static final BriefContent OK = TestBriefs.publishableContent();

    @Test
    void aCompleteBriefWithReasonsCanBePublished() {
        assertThat(TestBriefs.publishable(1, 2).publishProblems()).isEmpty();
    }

    @Test
    void aRecommendationNeedsReasonsThatExplain() {
        BriefContent bare = TestBriefs.reasons(OK, 0, "  ", "");
        assertThat(bare.publishProblems()).extracting(PublishProblem::code)
                .containsExactly(PublishProblem.Code.REASONS_MISSING);
        assertThat(bare.publishProblems().get(0).messageKey()).isEqualTo("briefs.problem.reasonsMissing");
        assertThat(bare.publishProblems().get(0).field()).isEqualTo("reasons");
        // naming a cause is not explaining it, in either language
        for (String named : List.of("Too costly.", "Zu wenig Zeit.", "Budget reicht nicht.")) {
            assertThat(TestBriefs.reasons(OK, 0, named, "").publishProblems()).as(named)
                    .extracting(PublishProblem::code).containsExactly(PublishProblem.Code.REASONS_TOO_SHORT);
        }
        assertThat(TestBriefs.reasons(OK, 0, "Because it is safer.", "").publishProblems()).isEmpty();
    }

    @Test
    void noRecommendationYetNeedsToSayWhatIsMissing() {
        assertThat(TestBriefs.reasons(OK, null, "", "").publishProblems()).extracting(PublishProblem::code)
                .containsExactly(PublishProblem.Code.RECOMMENDATION_MISSING);
        BriefContent explained = TestBriefs.reasons(OK, null, "Kept while editing.",
                "We need your budget and the number of users first.");
        assertThat(explained.publishProblems()).isEmpty();
        BriefContent read = explained.forReading("Cloud?", List.of());
        assertThat(read.hasRecommendation()).isFalse();
        assertThat(read.noRecommendationBecause()).startsWith("We need your budget");
        assertThat(read.reasons()).as("the reader sees only the part that applies").isEmpty();
        assertThat(explained.reasons()).as("the draft keeps what was typed").isEqualTo("Kept while editing.");
    }

    @Test
    void optionsNeedNameMeaningAndRiskAndThereMustBeTwoToFive() {
        BriefContent one = TestBriefs.options(OK, List.of(TestBriefs.option("Only", Risk.LOW)));
        assertThat(one.publishProblems()).extracting(PublishProblem::code)
                .containsExactly(PublishProblem.Code.TOO_FEW_OPTIONS);

        BriefContent holes = TestBriefs.options(OK, List.of(TestBriefs.option("A", Risk.LOW), DecisionOption.EMPTY));
        assertThat(holes.publishProblems()).containsExactly(
                PublishProblem.ofOption(PublishProblem.Code.OPTION_NAME_MISSING, 1),
                PublishProblem.ofOption(PublishProblem.Code.OPTION_MEANING_MISSING, 1),
                PublishProblem.ofOption(PublishProblem.Code.OPTION_RISK_MISSING, 1));
        assertThat(holes.publishProblems().get(0).option()).isEqualTo(2);
        assertThat(holes.publishProblems().get(0).field()).isEqualTo("options[1].name");

        List<DecisionOption> seven = Collections.nCopies(7, TestBriefs.option("X", Risk.HIGH));
        assertThat(TestBriefs.options(OK, seven).publishProblems()).extracting(PublishProblem::code)
                .containsExactly(PublishProblem.Code.TOO_MANY_OPTIONS);
        BriefForm form = new BriefForm("1", "", seven, "6", "", "", "", "", null, null, null, null);
        assertThat(form.options()).hasSize(BriefContent.MAX_OPTIONS);
        assertThat(form.content(Language.EN).recommendation()).isNull();
    }

    @Test
    void publishingCountsVersionsAndLaterEditsMakeANewDraft() {
        Brief draft = TestBriefs.publishable(1, 2);
        assertThat(draft.state()).isEqualTo(BriefState.DRAFT);
        Brief v1 = draft.published(7, Instant.now());
        assertThat(v1.publishedVersion()).isEqualTo(1);
        assertThat(v1.state()).isEqualTo(BriefState.PUBLISHED);
        Brief edited = TestBriefs.withContent(v1, v1.content());
        assertThat(edited.state()).isEqualTo(BriefState.CHANGED);
        assertThat(edited.publishedVersion()).isEqualTo(1);
        assertThat(edited.published(7, Instant.now()).publishedVersion()).isEqualTo(2);
    }

    @Test
    void aVersionIsSelfContainedJsonAndOldVersionsStillRead() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        BriefContent content = OK.forReading("Should we go to the cloud?",
                List.of(new BriefContent.KnowhowTerm("cloud", "Cloud", "Renting computers.")));
        String written = json.writeValueAsString(content);
        assertThat(written).contains("\"risk\":\"low\"");
        BriefContent back = json.readValue(written, BriefContent.class);
        assertThat(back).isEqualTo(content);
        assertThat(back.recommended().name()).isEqualTo("Rent in the cloud");
        // a version published before risk was an enum, with a field we no longer know
        BriefContent old = json.readValue("""
                {"question":"Q","options":[{"name":"A","risk":"HIGH"},{"name":"B","risk":""}],"futureField":1}""",
                BriefContent.class);
        assertThat(old.question()).isEqualTo("Q");
        assertThat(old.options()).extracting(DecisionOption::risk).containsExactly(Risk.HIGH, null);
    }

    @Test
    void startingFromATemplateCopiesItForAdapting() {
        TemplateContent t = new TemplateContent("Title", "Question?", "Context.",
                List.of(new DecisionOption("A", "a", "p", "c", "l", "e", "c", "t", Risk.LOW, "r"),
                        new DecisionOption("B", "b", "p", "c", "l", "e", "c", "t", Risk.HIGH, "r")),
                1, "", "These reasons are long enough to explain.", "Revisit.", "Know.", List.of("cloud", "api"));
        Brief b = Brief.start(1, 2, 3, Language.DE, t, "cloud-vs-own-server", 9, Instant.now());
        assertThat(b.content().options()).extracting(DecisionOption::name).containsExactly("A", "B");
        assertThat(b.content().options().get(1).risk()).isEqualTo(Risk.HIGH);
        assertThat(b.content().recommendation()).isEqualTo(1);
        assertThat(b.knowhowChoices().added()).containsExactly("cloud", "api");
        assertThat(b.templateKey()).isEqualTo("cloud-vs-own-server");
        assertThat(b.publishProblems()).isEmpty();
    }

    @Test
    void knowhowTermChangesFromTheForm() {
        Brief b = Brief.start(1, 2, 3, Language.EN, null, null, 9, Instant.now());
        BriefForm form = BriefForm.of(b);
        BriefForm untick = new BriefForm(form.version(), "", form.options(), "none", "", "", "", "",
                List.of("cloud"), "", null, null);
        Brief.KnowhowChoices choices = untick.knowhowChoices(b.knowhowChoices(), "api");
        assertThat(choices.added()).containsExactly("api");
        assertThat(choices.removed()).containsExactly("cloud");
        Brief.KnowhowChoices readd = BriefForm.of(b).knowhowChoices(choices, "cloud");
        assertThat(readd.removed()).isEmpty();
        assertThat(readd.added()).containsExactly("api", "cloud");
    }

    @Test
    void removingAnOptionKeepsTheRecommendationOnItsOption() {
        BriefForm form = new BriefForm("1", "", List.of(TestBriefs.option("A", Risk.LOW),
                TestBriefs.option("B", Risk.LOW), TestBriefs.option("C", Risk.LOW)), "2", "", "", "", "", null, null,
                null, 0).applyAction();
        assertThat(form.options()).extracting(DecisionOption::name).containsExactly("B", "C");
        assertThat(form.recommendationIndex()).isEqualTo(1);
        BriefForm added = new BriefForm("1", "", form.options(), "1", "", "", "", "", null, null, "add-option", null)
                .applyAction();
        assertThat(added.options()).hasSize(3).last().isEqualTo(DecisionOption.EMPTY);
    }
}
