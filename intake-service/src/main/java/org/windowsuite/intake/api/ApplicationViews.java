package org.windowsuite.intake.api;

import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.intake.api.ApplicationResource.ApplicationView;
import org.windowsuite.intake.api.ApplicationResource.HistoryView;
import org.windowsuite.intake.domain.Application;
import org.windowsuite.intake.domain.CaseHistory;
import org.windowsuite.intake.domain.IntakeService;

/** How an application is shown, over the API, on the workbench and on its printed notice (OTN-1..OTN-3). */
@ApplicationScoped
public class ApplicationViews {

    private final IntakeService intake;
    private final Template applicationNotice;
    private final OfficeConfig office;

    public ApplicationViews(IntakeService intake, Template applicationNotice, OfficeConfig office) {
        this.intake = intake;
        this.applicationNotice = applicationNotice;
        this.office = office;
    }

    /** The acceptance, one-time notice, refusal or referral document the applicant takes home. */
    public String notice(Application a) {
        return applicationNotice.data("app", view(a)).render();
    }

    public ApplicationView view(Application a) {
        List<HistoryView> history = intake.history(a.id).stream().map(this::view).toList();
        return new ApplicationView(a.id, a.outcome.name(), a.caseNumber, a.postId, a.handler, a.actingFor,
                a.state == Application.State.INCOMPLETE ? intake.missing(a) : List.of(), a.state.name(), a.itemCode,
                a.itemVersion, a.channel, Map.of("type", a.applicantType, "idNumber", a.applicantId, "name",
                        a.applicantName, "phone", a.applicantPhone == null ? "" : a.applicantPhone, "attributes",
                        a.applicantAttributes),
                a.materials, a.firstNotice, a.refusal, a.referral, office.at(a.receivedAt), office.at(a.acceptedAt),
                office.at(a.promisedDue),
                office.at(a.statutoryDue), a.deadlineLevel, office.at(a.completedAt), a.completedBy, a.completedFor,
                a.consultation,
                a.repeatedDemands, a.archivedAt != null, history, a.promisedDueProvisional,
                a.statutoryDueProvisional, a.noticeDelivery == null ? null : a.noticeDelivery.name());
    }

    private HistoryView view(CaseHistory h) {
        return new HistoryView(office.at(h.at), h.action, h.actor, h.actingFor, h.detail);
    }

}
