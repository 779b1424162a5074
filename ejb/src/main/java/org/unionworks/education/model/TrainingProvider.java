package org.unionworks.education.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.CreditCodeConverter;
import org.unionworks.shared.model.Text;

/** A continuing-education provider: national reference data every union body may choose from. */
@Entity
@Table(name = "training_provider")
public class TrainingProvider {

    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "training_provider_seq", sequenceName = "training_provider_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_provider_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ProviderKind kind;

    @Convert(converter = CreditCodeConverter.class)
    @Column(name = "credit_code", length = 18)
    private CreditCode creditCode;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected TrainingProvider() {
        // for JPA
    }

    /** @param creditCode the provider's unified social credit code, null if it has none (some colleges' units) */
    public TrainingProvider(String name, ProviderKind kind, CreditCode creditCode, String createdBy) {
        this.name = Text.required(name, NAME_MAX, "training.provider.name.invalid");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.creditCode = creditCode;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public CreditCode getCreditCode() {
        return creditCode;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingProvider other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return TrainingProvider.class.hashCode();
    }
}
