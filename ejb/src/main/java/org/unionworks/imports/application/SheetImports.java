package org.unionworks.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.unionworks.imports.model.ImportKind;

/** The {@link SheetImport} of each kind, found among the CDI beans; a kind without one is a deployment defect. */
@ApplicationScoped
public class SheetImports {

    @Inject
    @Any
    Instance<SheetImport> all;

    private volatile Map<ImportKind, SheetImport> byKind;

    public SheetImport of(ImportKind kind) {
        Map<ImportKind, SheetImport> known = byKind;
        if (known == null) {
            known = new EnumMap<>(ImportKind.class);
            for (SheetImport each : all) {
                if (known.put(each.kind(), each) != null) {
                    throw new IllegalStateException("Two imports of kind " + each.kind());
                }
            }
            byKind = known;
        }
        SheetImport found = known.get(kind);
        if (found == null) {
            throw new IllegalStateException("No import of kind " + kind);
        }
        return found;
    }
}
