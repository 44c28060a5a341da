package org.windowsuite.intake.api;

import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.windowsuite.common.input.Limits;
import org.windowsuite.common.input.SafeId;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.Roles;
import org.windowsuite.intake.domain.CatalogueService;
import org.windowsuite.intake.domain.Material;
import org.windowsuite.intake.domain.RefusalGround;
import org.windowsuite.intake.domain.ServiceItem;

/** The public service-item catalogue (SC-2.1, SC-2.2), searched at the window (WP-1), and its one-time notices (OTN-1). */
@Path("/api/intake/service-items")
public class ServiceItemResource {

    private final CatalogueService catalogue;
    private final CurrentActor actor;
    private final Template itemNotice;

    public ServiceItemResource(CatalogueService catalogue, CurrentActor actor, Template itemNotice) {
        this.catalogue = catalogue;
        this.actor = actor;
        this.itemNotice = itemNotice;
    }

    public record MaterialRequest(@NotBlank @SafeId String code, @NotBlank @Size(max = Limits.NAME) String name,
            Boolean required, @Pattern(regexp = "ORIGINAL|COPY|ORIGINAL_AND_COPY") String form,
            @Min(1) @Max(99) Integer copies, @Size(max = Limits.SHORT_TEXT) String format,
            @Size(max = Limits.NAME) String issuer, @Size(max = Limits.SHORT_TEXT) String condition,
            @Size(max = Limits.MAP_KEY) String conditionAttribute, @Size(max = Limits.MAP_VALUE) String conditionValue) {
        Material toMaterial() {
            return new Material(code, name, form == null ? "ORIGINAL" : form, copies == null ? 1 : copies, format,
                    issuer, required == null || required, condition, conditionAttribute, conditionValue);
        }
    }

    public record RefusalGroundRequest(@NotBlank @SafeId String code, @NotBlank @Size(max = Limits.SHORT_TEXT) String ground,
            @NotBlank @Size(max = Limits.SHORT_TEXT) String basis) {
        RefusalGround toGround() {
            return new RefusalGround(code, ground, basis);
        }
    }

    public record ItemContent(@NotBlank @Size(max = Limits.NAME) String name, @NotBlank @SafeId String department,
            @NotBlank @Size(max = Limits.TEXT) String basis,
            @NotNull @Min(0) @Max(Limits.WORKING_DAYS) Integer promisedDays,
            @NotNull @Min(0) @Max(Limits.WORKING_DAYS) Integer statutoryDays,
            @Min(0) @Max(Limits.WORKING_DAYS) Integer maxExtensionDays,
            @Size(max = Limits.LIST) List<@NotBlank @Size(max = Limits.SHORT_TEXT) String> procedure,
            @Size(max = Limits.SHORT_TEXT) String fees,
            @NotEmpty @Size(max = Limits.LIST) List<@Valid MaterialRequest> materials,
            @Size(max = Limits.LIST) List<@Valid RefusalGroundRequest> refusalGrounds,
            @Size(max = Limits.LIST) List<@NotBlank @SafeId String> posts, @Size(max = 40) String consultationPhone,
            Boolean onTheSpot) {
        CatalogueService.Content toContent() {
            return new CatalogueService.Content(name, department, basis, promisedDays, statutoryDays,
                    maxExtensionDays == null ? 0 : maxExtensionDays, procedure, fees,
                    materials.stream().map(MaterialRequest::toMaterial).toList(),
                    refusalGrounds == null ? null : refusalGrounds.stream().map(RefusalGroundRequest::toGround).toList(),
                    posts, consultationPhone, onTheSpot != null && onTheSpot);
        }
    }

    /** The code: an id whose case numbers ({@code CODE-YYYY-NNNNNN}) still fit their column. */
    public record ItemRequest(@NotBlank @SafeId @Size(max = Limits.ITEM_CODE) String code,
            @NotBlank @Size(max = Limits.NAME) String name, @NotBlank @SafeId String department,
            @NotBlank @Size(max = Limits.TEXT) String basis,
            @NotNull @Min(0) @Max(Limits.WORKING_DAYS) Integer promisedDays,
            @NotNull @Min(0) @Max(Limits.WORKING_DAYS) Integer statutoryDays,
            @Min(0) @Max(Limits.WORKING_DAYS) Integer maxExtensionDays,
            @Size(max = Limits.LIST) List<@NotBlank @Size(max = Limits.SHORT_TEXT) String> procedure,
            @Size(max = Limits.SHORT_TEXT) String fees,
            @NotEmpty @Size(max = Limits.LIST) List<@Valid MaterialRequest> materials,
            @Size(max = Limits.LIST) List<@Valid RefusalGroundRequest> refusalGrounds,
            @Size(max = Limits.LIST) List<@NotBlank @SafeId String> posts, @Size(max = 40) String consultationPhone,
            Boolean onTheSpot) {
        ItemContent content() {
            return new ItemContent(name, department, basis, promisedDays, statutoryDays, maxExtensionDays, procedure,
                    fees, materials, refusalGrounds, posts, consultationPhone, onTheSpot);
        }
    }

    public record ItemView(String code, int version, String name, String department, String basis, int promisedDays,
            int statutoryDays, int maxExtensionDays, List<String> procedure, String fees, List<Material> materials,
            List<RefusalGround> refusalGrounds, List<String> posts, String consultationPhone, boolean onTheSpot) {
        static ItemView of(ServiceItem i) {
            return new ItemView(i.code(), i.version(), i.name, i.department, i.basis, i.promisedDays, i.statutoryDays,
                    i.maxExtensionDays, i.procedure, i.fees, i.materials, i.refusalGrounds, i.posts,
                    i.consultationPhone, i.onTheSpot);
        }
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull ItemRequest request) {
        ServiceItem item = catalogue.create(actor.get(), request.code(), request.content().toContent());
        return Response.created(URI.create("/api/intake/service-items/" + item.code())).entity(ItemView.of(item))
                .build();
    }

    /** An edit makes a new version; cases already received keep theirs. */
    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    public ItemView revise(@PathParam("code") String code, @Valid @NotNull ItemContent request) {
        return ItemView.of(catalogue.revise(actor.get(), code, request.toContent()));
    }

    @GET
    @PermitAll
    public List<ItemView> list(@QueryParam("q") @Size(max = 100) String q) {
        return catalogue.all(q).stream().map(ItemView::of).toList();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    public ItemView get(@PathParam("code") String code, @QueryParam("version") Integer version) {
        return ItemView.of(version == null ? catalogue.current(code) : catalogue.version(code, version));
    }

    /** OTN-1: the one-time notice (一次性告知单) — basis, limits, procedure, every material, refusal grounds. */
    @GET
    @Path("/{code}/notice")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public ItemView notice(@PathParam("code") String code) {
        return ItemView.of(catalogue.current(code));
    }

    @GET
    @Path("/{code}/notice")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public String printableNotice(@PathParam("code") String code) {
        return itemNotice.data("item", ItemView.of(catalogue.current(code))).render();
    }
}
