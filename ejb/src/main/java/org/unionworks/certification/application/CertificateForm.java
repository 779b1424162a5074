package org.unionworks.certification.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.unionworks.certification.model.CertificateLevel;

/** Enters a certificate from the paper original. */
public record CertificateForm(@NotNull Long professionalId, @NotNull CertificateLevel level,
                              @NotNull @Size(max = 40) String number, int examYear,
                              @NotNull @PastOrPresent LocalDate issuedOn,
                              @NotNull @Size(max = 100) String issuingAuthority) {
}
