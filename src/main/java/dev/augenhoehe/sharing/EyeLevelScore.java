package dev.augenhoehe.sharing;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The eye-level score: the clients' answers to "Did you feel taken seriously and well informed?" (1 to 5), averaged
 * per consultant and month, drawn as a small server-rendered SVG line (no script, no chart library).
 */
record EyeLevelScore(String consultant, List<Point> points, double average, int answers, String polyline,
        List<ClientResponse> feedback) {

    static final int WIDTH = 320;
    static final int HEIGHT = 120;
    static final int PAD = 20;

    record Point(String month, double average, int count, int x, int y) {
    }

    static List<EyeLevelScore> of(List<ClientResponse> feedback, Map<Long, String> consultantNames) {
        Map<Long, List<ClientResponse>> byConsultant = feedback.stream().filter(r -> r.rating() != null)
                .collect(Collectors.groupingBy(ClientResponse::consultantId, TreeMap::new, Collectors.toList()));
        List<EyeLevelScore> scores = new ArrayList<>();
        byConsultant.forEach((consultant, answers) -> {
            Map<YearMonth, List<ClientResponse>> byMonth = answers.stream().collect(Collectors.groupingBy(
                    r -> YearMonth.from(r.updatedAt().atZone(ZoneId.systemDefault())), TreeMap::new,
                    Collectors.toList()));
            List<YearMonth> months = new ArrayList<>(byMonth.keySet());
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                List<ClientResponse> inMonth = byMonth.get(months.get(i));
                double avg = inMonth.stream().mapToInt(ClientResponse::rating).average().orElse(0);
                int x = months.size() == 1 ? WIDTH / 2 : PAD + i * (WIDTH - 2 * PAD) / (months.size() - 1);
                int y = (int) Math.round(HEIGHT - PAD - (avg - 1) * (HEIGHT - 2 * PAD) / 4.0);
                points.add(new Point(months.get(i).toString(), Math.round(avg * 10) / 10.0, inMonth.size(), x, y));
            }
            double average = answers.stream().mapToInt(ClientResponse::rating).average().orElse(0);
            String line = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
            scores.add(new EyeLevelScore(consultantNames.getOrDefault(consultant, "#" + consultant), points,
                    Math.round(average * 10) / 10.0, answers.size(), line,
                    answers.stream().filter(r -> !r.text().isEmpty()).sorted((a, b) -> b.updatedAt()
                            .compareTo(a.updatedAt())).limit(20).toList()));
        });
        return scores;
    }

    /** The newest {@code n} texts clients wrote. */
    public List<ClientResponse> latest(int n) {
        return feedback.subList(0, Math.min(n, feedback.size()));
    }

    public String averageText(Locale locale) {
        return String.format(locale, "%.1f", average);
    }
}
