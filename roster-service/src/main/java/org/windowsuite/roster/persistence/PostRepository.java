package org.windowsuite.roster.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.windowsuite.roster.domain.Post;
import org.windowsuite.roster.domain.Posts;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, String>, Posts {

    @Override
    public Post byId(String id) {
        return findById(id);
    }

    @Override
    public Post lockedById(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(Post post) {
        persist(post);
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
