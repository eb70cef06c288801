package dev.augenhoehe.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The small picture of an engagement's links, drawn as SVG on the server: one circle per decision in number order,
 * arcs above them for supersedes (solid), amends (dashed) and relates to (dotted). Only numbers and coordinates
 * reach the markup; titles go in as escaped text.
 */
record LinkGraph(int width, int height, List<Node> nodes, List<Edge> edges) {

    static final int STEP = 64;
    static final int RADIUS = 16;

    record Node(int x, int y, int r, String label, String fill, String title, String href) {
    }

    record Edge(String path, LinkType type, String dash, String title) {
    }

    static String colour(DecisionStatus status) {
        return switch (status) {
            case PROPOSED -> "#0b5cad";
            case ACCEPTED -> "#1e6b3a";
            case REJECTED -> "#b42318";
            case DEPRECATED -> "#52606d";
            case SUPERSEDED -> "#8a5300";
        };
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    static LinkGraph of(List<DecisionView> decisions) {
        int baseline = 0;
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            index.put(decisions.get(i).id(), i);
        }
        int highest = 0;
        List<Edge> edges = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (DecisionView d : decisions) {
            for (Link link : d.links()) {
                Integer to = index.get(link.decisionId());
                if (!link.type().isForward() || to == null) {
                    continue;
                }
                int from = index.get(d.id());
                highest = Math.max(highest, Math.min(60, 14 * Math.abs(to - from)));
                spans.add(new int[] {from, to});
                DecisionView target = decisions.get(to);
                edges.add(new Edge(null, link.type(), switch (link.type()) {
                    case AMENDS -> "6 4";
                    case RELATES_TO -> "2 4";
                    default -> null;
                }, d.numberLabel() + " → " + target.numberLabel()));
            }
        }
        baseline = highest + RADIUS + 12;
        List<Edge> drawn = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            int from = spans.get(i)[0];
            int to = spans.get(i)[1];
            int x1 = x(from);
            int x2 = x(to);
            int lift = Math.min(60, 14 * Math.abs(to - from)) * 2;
            int top = baseline - RADIUS;
            String path = "M %d %d Q %d %d %d %d".formatted(x1, top, (x1 + x2) / 2, top - lift, x2, top);
            Edge e = edges.get(i);
            drawn.add(new Edge(path, e.type(), e.dash(), e.title()));
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            DecisionView d = decisions.get(i);
            nodes.add(new Node(x(i), baseline, RADIUS, d.numberLabel().replaceFirst("^0+(?=\\d)", ""), colour(d.status()),
                    d.numberLabel() + " " + d.fields().title(), d.path()));
        }
        int width = Math.max(x(decisions.size() - 1) + RADIUS + 8, 2 * RADIUS + 16);
        return new LinkGraph(width, baseline + RADIUS + 8, nodes, drawn);
    }

    private static int x(int i) {
        return RADIUS + 8 + i * STEP;
    }
}
