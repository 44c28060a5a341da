package org.windowsuite.intake.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.windowsuite.common.input.Limits;
import org.windowsuite.common.input.SafeId;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.Roles;
import org.windowsuite.intake.domain.Application;
import org.windowsuite.intake.domain.CaseWorkService;
import org.windowsuite.intake.domain.IntakeService;
import org.windowsuite.intake.domain.Shortfall;
import org.windowsuite.intake.domain.SubmittedMaterial;

/** Applications and cases: intake with one outcome (OTN-3), supplements, and the work on accepted cases. */
@Path("/api/intake/applications")
@Authenticated
public class ApplicationResource {

    private final IntakeService intake;
    private final CaseWorkService work;
    private final CurrentActor actor;
    private final ObjectMapper mapper;
    private final ApplicationViews views;

    public ApplicationResource(IntakeService intake, CaseWorkService work, CurrentActor actor, ObjectMapper mapper,
            ApplicationViews views) {
        this.intake = intake;
        this.work = work;
        this.actor = actor;
        this.mapper = mapper;
        this.views = views;
    }

    public record ApplicantRequest(@NotNull @Pattern(regexp = "PERSON|ORGANISATION") String type,
            @NotBlank @Size(max = 40) String idNumber, @NotBlank @Size(max = Limits.NAME) String name,
            @Size(max = 40) String phone, @Size(max = Limits.MAP_ENTRIES)
            Map<@NotBlank @Size(max = Limits.MAP_KEY) String, @NotNull @Size(max = Limits.MAP_VALUE) String> attributes) {
    }

    public record MaterialCheckRequest(@NotBlank @SafeId String code, @NotNull SubmittedMaterial.Status status,
            @Size(max = 500) String reason) {
        SubmittedMaterial toMaterial() {
            return new SubmittedMaterial(code, status, reason);
        }
    }

    public record ApplicationRequest(@NotBlank @SafeId String serviceItemCode,
            @NotNull @Valid ApplicantRequest applicant,
            @NotNull @Pattern(regexp = "WINDOW|ONLINE|PHONE|LETTER|FAX|EMAIL") String channel,
            @Size(max = Limits.LIST) List<@Valid MaterialCheckRequest> materials, @SafeId String refusalGround, @Size(max = 1000) String refusalNote,
            @Size(max = 1000) String matter, boolean completeOnTheSpot, boolean noticeGivenOrally) {
    }

    public record SupplementRequest(@NotEmpty @Size(max = Limits.LIST) List<@Valid MaterialCheckRequest> materials) {
    }

    public record TextRequest(@NotBlank @Size(max = 2000) String text) {
    }

    public record HistoryView(OffsetDateTime at, String action, String actor, String actingFor, String detail) {
    }

    public record ApplicationView(UUID id, String outcome, String caseNumber, String postId, String handler,
            String actingFor, List<Shortfall> missingMaterials, String state, String serviceItemCode,
            Integer serviceItemVersion, String channel, Map<String, Object> applicant, List<SubmittedMaterial> materials,
            List<Shortfall> firstNotice, Application.Refusal refusal, Map<String, String> referral,
            OffsetDateTime receivedAt, OffsetDateTime acceptedAt, OffsetDateTime promisedDue,
            OffsetDateTime statutoryDue, String deadlineLevel, OffsetDateTime completedAt, String completedBy,
            String completedFor, Application.Consultation consultation, List<String> repeatedDemandsRefused,
            boolean archived, List<HistoryView> history, boolean promisedDueProvisional,
            boolean statutoryDueProvisional, String noticeDelivery) {
    }

    @POST
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.PORTAL})
    public Response apply(@HeaderParam("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7E]{1,200}",
            message = "must be 1 to 200 printable ASCII characters") String idempotencyKey,
            @Valid @NotNull ApplicationRequest request) {
        ApplicantRequest a = request.applicant();
        IntakeService.Taken taken = intake.apply(actor.get(), new IntakeService.Submission(request.serviceItemCode(),
                new IntakeService.Applicant(a.type(), a.idNumber(), a.name(), a.phone(), a.attributes()),
                request.channel(), request.materials() == null ? List.of()
                        : request.materials().stream().map(MaterialCheckRequest::toMaterial).toList(),
                request.refusalGround(), request.refusalNote(), request.matter(), request.completeOnTheSpot(),
                request.noticeGivenOrally()),
                idempotencyKey, idempotencyKey == null ? null : hash(request));
        Application app = taken.application();
        return Response.created(URI.create("/api/intake/applications/" + app.id))
                .header("Idempotent-Replay", taken.replayed()).entity(view(app)).build();
    }

    @GET
    @Path("/{id}")
    public ApplicationView get(@PathParam("id") UUID id) {
        return view(intake.application(actor.get(), id));
    }

    /** OTN-3: what was listed is brought; that must lead to acceptance, never to a second notice. */
    @POST
    @Path("/{id}/supplements")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.PORTAL})
    public ApplicationView supplement(@PathParam("id") UUID id, @Valid @NotNull SupplementRequest request) {
        return view(intake.supplement(actor.get(), id,
                request.materials().stream().map(MaterialCheckRequest::toMaterial).toList()));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    public ApplicationView complete(@PathParam("id") UUID id, @Valid TextRequest request) {
        return view(work.complete(actor.get(), id, request == null ? null : request.text()));
    }

    @POST
    @Path("/{id}/pause")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    public ApplicationView pause(@PathParam("id") UUID id, @Valid @NotNull TextRequest request) {
        return view(work.pause(actor.get(), id, request.text()));
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    public ApplicationView resume(@PathParam("id") UUID id) {
        return view(work.resume(actor.get(), id));
    }

    @POST
    @Path("/{id}/consultation")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    public ApplicationView consult(@PathParam("id") UUID id, @Valid @NotNull TextRequest request) {
        return view(work.askConsultation(actor.get(), id, request.text()));
    }

    @POST
    @Path("/{id}/consultation/answer")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    public ApplicationView answer(@PathParam("id") UUID id, @Valid @NotNull TextRequest request) {
        return view(work.answerConsultation(actor.get(), id, request.text()));
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    public ApplicationView note(@PathParam("id") UUID id, @Valid @NotNull TextRequest request) {
        return view(work.note(actor.get(), id, request.text()));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.PORTAL})
    public ApplicationView withdraw(@PathParam("id") UUID id, @Valid @NotNull TextRequest request) {
        return view(work.withdraw(actor.get(), id, request.text()));
    }

    /** The printable document of the outcome: acceptance, one-time notice, refusal or referral. */
    @GET
    @Path("/{id}/notice")
    @Produces(MediaType.TEXT_HTML)
    public String notice(@PathParam("id") UUID id) {
        return views.notice(intake.application(actor.get(), id));
    }

    private ApplicationView view(Application a) {
        return views.view(a);
    }

    private String hash(ApplicationRequest request) {
        try {
            byte[] json = mapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
