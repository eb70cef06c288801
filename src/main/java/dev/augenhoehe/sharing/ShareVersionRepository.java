package dev.augenhoehe.sharing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only: a frozen share version never changes. */
interface ShareVersionRepository extends Repository<ShareVersion, Long> {

    ShareVersion save(ShareVersion version);

    Optional<ShareVersion> findByShareIdAndNumber(long shareId, int number);

    List<ShareVersion> findByShareIdOrderByNumberDesc(long shareId);

    List<ShareVersion> findByWorkspaceIdAndShareIdIn(long workspaceId, java.util.Collection<Long> shareIds);
}
