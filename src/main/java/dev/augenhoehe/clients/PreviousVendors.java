package dev.augenhoehe.clients;

import dev.augenhoehe.system.NotFoundException;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** The previous vendors of an engagement. Every call names the workspace; a foreign id is not found. */
@Service
class PreviousVendors {

    private final PreviousVendorRepository vendors;
    private final ClientService clients;

    PreviousVendors(PreviousVendorRepository vendors, ClientService clients) {
        this.vendors = vendors;
        this.clients = clients;
    }

    List<PreviousVendor> of(long workspaceId, long engagementId) {
        return vendors.findByWorkspaceIdAndEngagementIdOrderByIdAsc(workspaceId, engagementId);
    }

    PreviousVendor vendor(long workspaceId, long engagementId, long vendorId) {
        return vendors.findByIdAndWorkspaceIdAndEngagementId(vendorId, workspaceId, engagementId)
                .orElseThrow(NotFoundException::new);
    }

    PreviousVendor add(long workspaceId, long engagementId, PreviousVendorForm form) {
        clients.engagement(workspaceId, engagementId); // another workspace's engagement is a 404
        return vendors.save(PreviousVendor.create(workspaceId, engagementId, form));
    }

    Edit<PreviousVendor> update(long workspaceId, long engagementId, long vendorId, PreviousVendorForm form) {
        PreviousVendor current = vendor(workspaceId, engagementId, vendorId);
        if (form.version() == null || !form.version().equals(current.version())) {
            return new Edit.Stale<>(current);
        }
        try {
            return new Edit.Saved<>(vendors.save(current.update(form)));
        } catch (OptimisticLockingFailureException raced) {
            return new Edit.Stale<>(vendor(workspaceId, engagementId, vendorId));
        }
    }

    void remove(long workspaceId, long engagementId, long vendorId) {
        vendors.delete(vendor(workspaceId, engagementId, vendorId));
    }
}
