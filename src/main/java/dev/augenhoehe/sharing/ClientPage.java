package dev.augenhoehe.sharing;

import dev.augenhoehe.language.Language;
import dev.augenhoehe.sharing.ClientText.Block;
import dev.augenhoehe.sharing.ClientText.Term;
import java.time.Instant;
import java.util.List;

/**
 * Everything the client's page and the PDF show, ready to render (no database access while rendering). Built by
 * {@link ClientPages} from one frozen share version.
 */
record ClientPage(long shareId, String title, Language language, String clientName, String engagementTitle,
        String consultantName, String workspaceName, boolean hasLogo, String logoDataUri, int versionNumber, Instant versionCreatedAt,
        List<Block> changes, List<Block> message, List<Block> recap, List<BriefView> briefs, List<Term> terms,
        List<ClientPageSectionView> sections, int readingMinutes, Instant expiresAt, ClientResponse feedback) {

    public boolean updated() {
        return versionNumber > 1;
    }

    /** A date as the client reads it, in the share's language ("1. Dezember 2026", "December 1, 2026"). */
    public String date(Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.forLanguageTag(language.code()))
                .withZone(java.time.ZoneId.systemDefault()).format(instant);
    }

    /** One brief version as shown; {@code contentHash} is the SHA-256 of exactly this content. */
    record BriefView(long briefId, int version, int number, String question, List<Block> context,
            List<OptionView> options, Integer recommendation, String recommendedName, List<Block> reasons,
            List<Block> noRecommendationBecause, List<Block> revisitIf, List<Block> knowhow, String contentHash,
            ClientResponse choice, List<ClientResponse> moreInfo) {

        public String anchor() {
            return "brief-" + number;
        }

        public boolean hasRecommendation() {
            return recommendation != null;
        }

        public boolean chosen(int index) {
            return choice != null && choice.optionIndex() != null && choice.optionIndex() == index;
        }

        public boolean confirmed() {
            return choice != null && choice.isConfirmed();
        }
    }

    /** {@code riskKey} is a message key ("briefs.risk.low"), or null when the risk is not set. */
    record OptionView(int index, String name, List<Block> meaning, List<Block> pros, List<Block> cons,
            List<Block> leadsTo, String effort, String cost, String time, String riskKey, List<Block> riskReason,
            boolean recommended) {

        /** Options are told as A, B, C, here, in the PDF and on the consultant's trail. */
        public String letter() {
            return SharingTrail.letter(index);
        }
    }

    /** A contributed section (decision log), as its module prepared it. */
    record ClientPageSectionView(String template, String fragment, Object data) {
    }
}
