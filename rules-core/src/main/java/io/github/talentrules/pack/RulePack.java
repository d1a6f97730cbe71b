package io.github.talentrules.pack;

import java.util.List;
import java.util.Objects;

/**
 * A rule pack as its descriptor ({@code pack.yaml}) states it: the documents it encodes and the
 * programmes one can apply for.
 *
 * @param id the pack id ({@code zhengzhou})
 * @param version the pack's version
 * @param documents the documents, in the order the descriptor lists them
 * @param programmes the programmes, in the order the descriptor lists them
 * @param articles every article of every document, with the rules that encode it or why none does
 */
public record RulePack(String id, String version, List<Document> documents, List<Programme> programmes,
                       List<Article> articles) {

    public RulePack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        documents = List.copyOf(documents);
        programmes = List.copyOf(programmes);
        articles = List.copyOf(articles);
    }

    public Document document(String documentId) {
        return documents.stream().filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document " + documentId + " in pack " + id));
    }
}
