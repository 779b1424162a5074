package org.unionworks.registry.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.unionworks.registry.model.LeaveReason;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.security.model.PersonalField;
import org.unionworks.security.model.RevealReason;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/**
 * The talent registry's professionals, always within the caller's subtree. A record outside it
 * is reported exactly like a record that does not exist.
 */
public interface ProfessionalService {

    Page<ProfessionalListItem> search(@NotNull ProfessionalFilter filter, @NotNull PageRequest page);

    long count(@NotNull ProfessionalFilter filter);

    /** Finds one person by full ID number through the blind index (no scan, nothing decrypted). */
    Optional<Long> findIdByResidentId(@NotNull String residentId);

    ProfessionalDetails get(long id);

    ProfessionalDetails register(@NotNull @Valid ProfessionalForm form);

    /**
     * As {@link #register}, for a member of the activist and volunteer pool being promoted: the record says it
     * came from the pool, so the member must be in the caller's scope and promotable, and is marked promoted (and
     * linked) in the same transaction.
     */
    ProfessionalDetails registerPromoted(long activistId, @NotNull @Valid ProfessionalForm form);

    ProfessionalDetails update(@NotNull @Valid ProfessionalForm form);

    ProfessionalDetails postTo(@NotNull @Valid PostingCommand command);

    ProfessionalDetails leave(long id, long version, @NotNull LocalDate date, @NotNull LeaveReason reason);

    /** The full value of an ID or phone number, for roles that may see it; audited with the purpose. */
    String reveal(long id, @NotNull PersonalField field, @NotNull RevealReason reason);

    /** Who changed what and when, newest first (no personal data values in it). */
    List<HistoryEntry> history(long id);
}
