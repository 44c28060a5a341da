package org.windowsuite.roster.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.roster.domain.Post;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, String> {
}
