package org.windowsuite.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s as an operator applies it: both overlays render, every document matches its kind's schema, and what the
 * code needs — settings, topics, routes, ACLs — is there and nothing more.
 */
class K8sManifestTest {

    /** Settings no manifest sets, and why. */
    private static final Map<String, String> NOT_FROM_THE_ENVIRONMENT = Map.of(
            "HTTP_PORT", "fixed when the image is built; the container port and probes use it",
            "JWT_PRIVATE_KEY_LOCATION", "only the local stack's dev sign-in signs tokens; it is off on Kubernetes");

    static final List<String> PREFIXES = List.of("/api/roster", "/api/intake", "/api/deadlines", "/api/complaints",
            "/console", "/workbench");

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyDeploymentIsProbedLimitedAndLockedDown(String overlay) {
        Rendered r = Rendered.kustomize(overlay);
        assertThat(r.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Services.NAMES);
        for (Deployment d : r.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Container c = pod.getContainers().get(0);
            assertThat(c.getLivenessProbe().getHttpGet().getPath()).as(name).isEqualTo("/q/health/live");
            assertThat(c.getReadinessProbe().getHttpGet().getPath()).as(name).isEqualTo("/q/health/ready");
            assertThat(c.getStartupProbe().getHttpGet().getPath()).as(name).isEqualTo("/q/health/started");
            assertThat(c.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).as(name).containsKeys("cpu", "memory");
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).as(name).containsExactly("ALL");
            assertThat(c.getSecurityContext().getSeccompProfile().getType()).as(name).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
            assertThat(r.named(ServiceAccount.class, pod.getServiceAccountName()).getAutomountServiceAccountToken())
                    .as(name).isFalse();
            Volume tmp = pod.getVolumes().stream().filter(v -> v.getEmptyDir() != null).findFirst().orElseThrow();
            assertThat(c.getVolumeMounts()).as(name + " writes only /tmp, an emptyDir")
                    .anyMatch(m -> m.getName().equals(tmp.getName()) && m.getMountPath().equals("/tmp"));
            // graceful shutdown: Quarkus finishes in-flight work before Kubernetes kills the pod
            Duration shutdown = Duration.parse("PT" + property(name, "quarkus.shutdown.timeout").toUpperCase());
            assertThat(Duration.ofSeconds(pod.getTerminationGracePeriodSeconds())).as(name).isGreaterThan(shutdown);
            assertThat(r.named(Service.class, name).getSpec().getPorts()).as(name).isNotEmpty();
            assertThat(r.named(PodDisruptionBudget.class, name)).as(name).isNotNull();
            assertThat(r.named(HorizontalPodAutoscaler.class, name).getSpec().getMaxReplicas()).as(name)
                    .isLessThanOrEqualTo(4);
            assertThat(r.named(ServiceMonitor.class, name).getSpec().getEndpoints().get(0).getPath()).as(name)
                    .isEqualTo("/q/metrics");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everySettingAServiceReadsHasAValue(String overlay) {
        Rendered r = Rendered.kustomize(overlay);
        Map<String, ConfigMap> configMaps = r.all(ConfigMap.class).stream()
                .collect(Collectors.toMap(m -> m.getMetadata().getName(), m -> m));
        for (Deployment d : r.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            Set<String> provided = new HashSet<>();
            for (EnvVar e : c.getEnv()) {
                provided.add(e.getName());
            }
            for (EnvFromSource from : c.getEnvFrom()) {
                assertThat(from.getConfigMapRef()).as(name + " takes whole ConfigMaps only").isNotNull();
                ConfigMap m = configMaps.get(from.getConfigMapRef().getName());
                assertThat(m).as(name + " reads ConfigMap " + from.getConfigMapRef().getName()).isNotNull();
                provided.addAll(m.getData().keySet());
            }
            Set<String> needed = new TreeSet<>(Services.variables(Services.properties(name)));
            // the prod overlay's Kafka client settings, mounted as config/application.properties
            c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/deployments/config"))
                    .forEach(m -> needed.addAll(Services.variables(String.join("\n", configMaps.get(
                            volume(d, m).getConfigMap().getName()).getData().values()))));
            needed.removeAll(NOT_FROM_THE_ENVIRONMENT.keySet());
            assertThat(provided).as(name + " in " + overlay + ": every ${VARIABLE} of its configuration")
                    .containsAll(needed);
        }
    }

    @Test
    void theProductionOverlayIsHighlyAvailableAndTalksToKafkaOverTlsWithItsOwnUser() {
        Rendered r = Rendered.kustomize("overlays/prod");
        for (Deployment d : r.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            assertThat(d.getSpec().getReplicas()).as(name).isGreaterThanOrEqualTo(2);
            assertThat(r.named(HorizontalPodAutoscaler.class, name).getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
            assertThat(r.named(PodDisruptionBudget.class, name).getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(c.getEnv()).as(name + " authenticates as its own Kafka user")
                    .anyMatch(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG")
                            && e.getValueFrom().getSecretKeyRef().getName().equals(name));
            assertThat(c.getImage()).startsWith("registry.example.org/window-suite/" + name + ":");
        }
        String kafkaClient = r.all(ConfigMap.class).stream().filter(m -> m.getMetadata().getName()
                .startsWith("kafka-client")).findFirst().orElseThrow().getData().get("application.properties");
        assertThat(kafkaClient).contains("kafka.security.protocol=SASL_SSL", "kafka.sasl.mechanism=SCRAM-SHA-512");
        Cnpg.Cluster pg = r.all(Cnpg.Cluster.class).get(0);
        assertThat(pg.spec().instances()).isEqualTo(3);
        Set<String> databases = new TreeSet<>(List.of(pg.spec().bootstrap().initdb().database()));
        r.all(Cnpg.Database.class).forEach(db -> databases.add(db.spec().name()));
        assertThat(databases).as("one database per service").containsExactlyInAnyOrder("roster", "intake", "deadline",
                "complaint");
    }

    @Test
    void theDevelopmentOverlayIsSmallAndHasNoNetworkPolicies() {
        Rendered r = Rendered.kustomize("overlays/dev");
        assertThat(r.all(Deployment.class)).allMatch(d -> d.getSpec().getReplicas() == 1);
        assertThat(r.all(NetworkPolicy.class)).isEmpty();
        assertThat(r.all(KafkaUser.class)).isEmpty();
        assertThat(r.all(Cnpg.Cluster.class).get(0).spec().instances()).isEqualTo(1);
    }

    @Test
    void everyTopicInContractsHasAKafkaTopicAndEveryConsumedOneItsDeadLetterTwin() {
        Rendered r = Rendered.kustomize("overlays/prod");
        Map<String, KafkaTopic> topics = r.all(KafkaTopic.class).stream()
                .collect(Collectors.toMap(t -> t.getSpec().getTopicName(), t -> t));
        Set<String> expected = new TreeSet<>(Services.contractTopics().values());
        Map<String, Integer> consumers = new HashMap<>();
        for (String service : Services.NAMES) {
            for (String t : Services.consumes(service)) {
                expected.add(t + ".dlq");
                consumers.merge(t, 4, Math::max);
            }
        }
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (KafkaTopic t : topics.values()) {
            String name = t.getSpec().getTopicName();
            assertThat(t.getSpec().getReplicas()).as(name).isEqualTo(3);
            assertThat(t.getSpec().getConfig()).as(name).containsEntry("min.insync.replicas", 2)
                    .containsKey("cleanup.policy");
            if (!name.endsWith(".dlq")) {
                assertThat(t.getSpec().getPartitions()).as(name + ": one partition per consuming replica at least")
                        .isGreaterThanOrEqualTo(consumers.getOrDefault(name, 1));
            }
        }
        for (String state : List.of("roster.coverage.v1", "roster.staff.v1", "calendar.years.v1")) {
            assertThat(topics.get(state).getSpec().getConfig()).as(state).containsEntry("cleanup.policy", "compact");
        }
    }

    @Test
    void everyServicesKafkaUserMayUseExactlyItsChannels() {
        Rendered r = Rendered.kustomize("overlays/prod");
        assertThat(r.all(KafkaUser.class)).extracting(u -> u.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Services.NAMES);
        for (KafkaUser user : r.all(KafkaUser.class)) {
            String name = user.getMetadata().getName();
            assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            Set<String> granted = new TreeSet<>();
            for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
                String resource = rule.getResource() instanceof AclRuleTopicResource t ? "topic:" + t.getName()
                        : "group:" + ((AclRuleGroupResource) rule.getResource()).getName();
                rule.getOperations().forEach(op -> granted.add(resource + ":" + op));
            }
            Set<String> needed = new TreeSet<>();
            Services.publishes(name).forEach(t -> needed.addAll(ops("topic:" + t, AclOperation.WRITE,
                    AclOperation.DESCRIBE)));
            for (String t : Services.consumes(name)) {
                needed.addAll(ops("topic:" + t, AclOperation.READ, AclOperation.DESCRIBE));
                needed.addAll(ops("topic:" + t + ".dlq", AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE));
            }
            needed.add("group:" + name + ":" + AclOperation.READ);
            assertThat(granted).as(name + ": its ACLs are its channels, no more, no less").isEqualTo(needed);
        }
    }

    private static Set<String> ops(String resource, AclOperation... operations) {
        Set<String> s = new TreeSet<>();
        for (AclOperation o : operations) {
            s.add(resource + ":" + o);
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"routes/gateway-api", "routes/ingress"})
    void everyApiPrefixIsRoutedToItsServiceAndNothingElseIs(String routes) {
        Rendered r = Rendered.kustomize(routes);
        Map<String, String> routed = new HashMap<>();
        for (HTTPRoute route : r.all(HTTPRoute.class)) {
            route.getSpec().getRules().forEach(rule -> {
                String backend = rule.getBackendRefs().get(0).getName();
                for (HTTPRouteMatch m : rule.getMatches()) {
                    routed.put(m.getPath().getValue(), backend);
                }
            });
        }
        for (Ingress ingress : r.all(Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(p -> routed.put(p.getPath(),
                    p.getBackend().getService().getName())));
        }
        assertThat(routed).containsOnlyKeys(PREFIXES);
        assertThat(routed).containsEntry("/api/roster", "roster-service").containsEntry("/api/intake", "intake-service")
                .containsEntry("/workbench", "intake-service").containsEntry("/api/deadlines", "deadline-service")
                .containsEntry("/api/complaints", "complaint-service").containsEntry("/console", "complaint-service");
        assertThat(routed.keySet()).noneMatch(p -> p.startsWith("/admin") || p.startsWith("/q") || p.equals("/"));
    }

    @Test
    void inProductionTheServicesReachOnlyTheDatabaseKafkaTheIdentityProviderAndDns() {
        Rendered r = Rendered.kustomize("overlays/prod");
        NetworkPolicy deny = r.named(NetworkPolicy.class, "window-suite-default-deny");
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        assertThat(deny.getSpec().getEgress()).isNullOrEmpty();
        Set<Integer> egressPorts = new TreeSet<>();
        for (NetworkPolicyEgressRule rule : r.named(NetworkPolicy.class, "window-suite-egress").getSpec().getEgress()) {
            rule.getPorts().forEach(p -> egressPorts.add(p.getPort().getIntVal()));
        }
        assertThat(egressPorts).containsExactlyInAnyOrder(53, 5432, 9093, 443);
        NetworkPolicy ingress = r.named(NetworkPolicy.class, "window-suite-ingress");
        assertThat(ingress.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getStrVal())
                    .isEqualTo("http"));
            assertThat(rule.getFrom()).allMatch(peer -> peer.getNamespaceSelector() != null);
        });
    }

    @Test
    void deadlineServiceReadsTheWorkingDayCalendarFromItsConfigMap() {
        Rendered r = Rendered.kustomize("overlays/prod");
        ConfigMap calendar = r.named(ConfigMap.class, "working-day-calendar");
        assertThat(calendar.getData().keySet()).contains("2025.json", "2026.json").allMatch(k -> k.matches("\\d{4}\\.json"));
        Deployment deadline = r.named(Deployment.class, "deadline-service");
        Volume volume = deadline.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getConfigMap() != null && v.getConfigMap().getName().equals("working-day-calendar"))
                .findFirst().orElseThrow();
        VolumeMount mount = deadline.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts()
                .stream().filter(m -> m.getName().equals(volume.getName())).findFirst().orElseThrow();
        String directory = r.all(ConfigMap.class).stream().map(m -> m.getData().get("DEADLINE_CALENDAR_DIRECTORY"))
                .filter(v -> v != null).findFirst().orElseThrow();
        assertThat(mount.getMountPath()).isEqualTo(directory);
    }

    @Test
    void theAlertRulesAreThere() {
        PrometheusRule rule = Rendered.kustomize("overlays/prod").all(PrometheusRule.class).get(0);
        Set<String> alerts = new TreeSet<>();
        rule.getSpec().getGroups().forEach(g -> g.getRules().forEach(a -> {
            alerts.add(a.getAlert());
            assertThat(a.getLabels()).as(a.getAlert()).containsKey("severity");
            assertThat(a.getAnnotations()).as(a.getAlert()).containsKeys("summary", "runbook_url");
            assertThat(Services.read(Rendered.ROOT.resolve("deploy/README.md")).toLowerCase())
                    .as(a.getAlert() + "'s runbook section").contains("### " + a.getAlert().toLowerCase());
        }));
        assertThat(alerts).contains("WindowOutboxBacklog", "WindowOutboxStale", "WindowConsumerLag",
                "WindowDeadLettered", "WindowConsumerRetrying", "WindowClocksOverdue", "WindowPostEmpty",
                "WindowServiceNotReady");
    }

    private static Volume volume(Deployment d, VolumeMount mount) {
        return d.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getName()
                .equals(mount.getName())).findFirst().orElseThrow();
    }

    private static String property(String service, String key) {
        return Services.properties(service).lines().filter(l -> l.startsWith(key + "=")).findFirst()
                .map(l -> l.substring(key.length() + 1).trim())
                .orElseThrow(() -> new AssertionError(service + " sets no " + key));
    }
}
