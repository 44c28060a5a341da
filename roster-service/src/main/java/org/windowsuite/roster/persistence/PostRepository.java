package org.windowsuite.roster.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.windowsuite.outbox.persistence.PanacheStore;
import org.windowsuite.roster.domain.Post;
import org.windowsuite.roster.domain.Posts;

@ApplicationScoped
public class PostRepository extends PanacheStore<Post, String> implements Posts {

    @Override
    public Post lockedById(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Post> all() {
        return listAll(Sort.by("id"));
    }

    @Override
    public List<String> allIds() {
        return getEntityManager().createQuery("select p.id from Post p", String.class).getResultList();
    }
}
