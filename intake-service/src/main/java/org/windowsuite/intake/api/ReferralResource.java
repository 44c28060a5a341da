package org.windowsuite.intake.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.windowsuite.common.input.Limits;
import org.windowsuite.common.input.SafeId;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.Roles;
import org.windowsuite.intake.domain.CatalogueService;
import org.windowsuite.intake.domain.Referral;

/** OTN-2: the referral directory — matters handled elsewhere, and which unit and person handle them. */
@Path("/api/intake/referrals")
public class ReferralResource {

    private final CatalogueService catalogue;
    private final CurrentActor actor;

    public ReferralResource(CatalogueService catalogue, CurrentActor actor) {
        this.catalogue = catalogue;
        this.actor = actor;
    }

    public record ReferralRequest(@NotBlank @Size(max = Limits.NAME) String matter,
            @NotBlank @Size(max = Limits.NAME) String unit, @NotBlank @Size(max = 100) String handler,
            @Size(max = 40) String phone, @Size(max = 300) String address) {
    }

    public record ReferralView(String code, String matter, String unit, String handler, String phone, String address) {
        static ReferralView of(Referral r) {
            return new ReferralView(r.code, r.matter, r.unit, r.handler, r.phone, r.address);
        }
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    public ReferralView save(@PathParam("code") @SafeId String code, @Valid @NotNull ReferralRequest request) {
        Referral r = new Referral();
        r.code = code;
        r.matter = request.matter();
        r.unit = request.unit();
        r.handler = request.handler();
        r.phone = request.phone();
        r.address = request.address();
        return ReferralView.of(catalogue.saveReferral(actor.get(), r));
    }

    @GET
    @PermitAll
    public List<ReferralView> list() {
        return catalogue.referrals().stream().map(ReferralView::of).toList();
    }
}
