package org.unionworks.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.unionworks.imports.model.RowIssue;
import org.unionworks.security.model.PersonalDataProtector;
import org.unionworks.security.model.PersonalField;

/**
 * How a row in error is kept until its report is read: its cells as JSON, the ID and phone cells encrypted like the
 * registry's own columns (which columns is the {@link SheetImport}'s to say) (the row may be wrong, its personal data is still personal data), and its issues as JSON.
 */
@ApplicationScoped
public class ImportRowCodec {

    /** The issues column holds 4,000 characters; a row never needs more than a few issues to be fixed. */
    static final int ISSUES_MAX_CHARS = 4000;

    @Inject
    PersonalDataProtector protector;

    /** The cells as kept: the kind's personal columns encrypted. */
    public String sealCells(SheetImport kind, List<String> cells) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            PersonalField field = kind.personalField(i);
            array.add(field == null || cell.isEmpty() ? cell : protector.encrypt(field, cell));
        }
        return array.build().toString();
    }

    /** The cells as uploaded; the personal ones only if {@code reveal}, else masked. */
    public List<String> openCells(SheetImport kind, String sealed, boolean reveal) {
        JsonArray array = read(sealed).asJsonArray();
        List<String> cells = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String cell = array.getString(i);
            PersonalField field = kind.personalField(i);
            if (field != null && !cell.isEmpty()) {
                String plain = protector.decrypt(field, cell);
                cell = reveal ? plain : mask(plain);
            }
            cells.add(cell);
        }
        return cells;
    }

    public String writeIssues(List<RowIssue> issues) {
        String json = "[]";
        for (int n = issues.size(); n > 0; n--) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (RowIssue issue : issues.subList(0, n)) {
                JsonArrayBuilder args = Json.createArrayBuilder();
                issue.args().forEach(args::add);
                array.add(Json.createObjectBuilder().add("c", issue.column()).add("k", issue.key()).add("a", args));
            }
            json = array.build().toString();
            if (json.length() <= ISSUES_MAX_CHARS) {
                return json;
            }
        }
        return json;
    }

    public List<RowIssue> readIssues(String json) {
        List<RowIssue> issues = new ArrayList<>();
        for (JsonObject o : read(json).asJsonArray().getValuesAs(JsonObject.class)) {
            issues.add(new RowIssue(o.getInt("c"), o.getString("k"),
                    o.getJsonArray("a").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        }
        return issues;
    }

    /** As the registry masks: the first three and the last four characters of an ID, the first three and last four digits of a phone. */
    static String mask(String value) {
        int n = value.length();
        if (n <= 7) {
            return "*".repeat(n);
        }
        return value.substring(0, 3) + "*".repeat(n - 7) + value.substring(n - 4);
    }

    private static jakarta.json.JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
