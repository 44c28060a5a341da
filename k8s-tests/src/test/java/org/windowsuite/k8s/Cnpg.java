package org.windowsuite.k8s;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;

/**
 * CloudNativePG's Cluster and Database (postgresql.cnpg.io/v1) as far as the suite uses them. CloudNativePG
 * publishes no Java model; these records name the fields of its API reference we set, so a field outside them (a typo,
 * a field of another version) fails like an unknown field of any other kind.
 */
final class Cnpg {

    private Cnpg() {
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(int instances, String primaryUpdateStrategy, Storage storage, Postgresql postgresql,
            Bootstrap bootstrap, Managed managed, ResourceRequirements resources) {
    }

    record Storage(String size, String storageClass) {
    }

    record Postgresql(Map<String, String> parameters) {
    }

    record Bootstrap(InitDb initdb) {
    }

    record InitDb(String database, String owner, SecretRef secret) {
    }

    record Managed(List<Role> roles) {
    }

    record Role(String name, String ensure, boolean login, SecretRef passwordSecret) {
    }

    record SecretRef(String name) {
    }

    record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {
    }

    record DatabaseSpec(String name, String owner, SecretRef cluster) {
    }
}
