package org.windowsuite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What Strimzi's topic and user operators do with deploy/k8s, done on a test broker: create every KafkaTopic, and
 * give a KafkaUser exactly the ACLs its manifest lists. Reads the manifests' own lines (K8sManifestTest checks them
 * against Strimzi's typed model).
 */
public final class StrimziOperators {

    private static final Pattern TOPIC_NAME = Pattern.compile("(?m)^  topicName: (\\S+)$");
    private static final Pattern PARTITIONS = Pattern.compile("(?m)^  partitions: (\\d+)$");
    private static final Pattern RESOURCE_TYPE = Pattern.compile("^\\s+type: (topic|group)$");
    private static final Pattern RESOURCE_NAME = Pattern.compile("^\\s+name: (\\S+)$");
    private static final Pattern OPERATIONS = Pattern.compile("^\\s+operations: \\[(.+)]$");

    private StrimziOperators() {
    }

    /** @param admin client settings of a super-user, without the {@code kafka.} prefix */
    public static void createTopics(Map<String, String> admin, Path topicsYaml) {
        List<NewTopic> topics = new ArrayList<>();
        for (String doc : documents(topicsYaml)) {
            Matcher name = TOPIC_NAME.matcher(doc);
            Matcher partitions = PARTITIONS.matcher(doc);
            if (name.find() && partitions.find()) {
                topics.add(new NewTopic(name.group(1), Integer.parseInt(partitions.group(1)), (short) 1));
            }
        }
        try (Admin a = Admin.create(new HashMap<>(admin))) {
            a.createTopics(topics).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not create the topics of " + topicsYaml, e);
        }
    }

    /** Sets the ACLs the KafkaUser {@code user} of {@code usersYaml} lists; returns how many were set. */
    public static int applyAcls(Map<String, String> admin, Path usersYaml, String user) {
        List<AclBinding> acls = new ArrayList<>();
        for (String doc : documents(usersYaml)) {
            if (!doc.contains("\n  name: " + user + "\n")) {
                continue;
            }
            String type = null;
            String name = null;
            boolean inAcls = false;
            for (String line : doc.split("\n")) {
                inAcls |= line.trim().equals("acls:");
                Matcher t = RESOURCE_TYPE.matcher(line);
                Matcher n = RESOURCE_NAME.matcher(line);
                Matcher o = OPERATIONS.matcher(line);
                if (inAcls && t.matches()) {
                    type = t.group(1);
                } else if (inAcls && n.matches()) {
                    name = n.group(1);
                } else if (inAcls && o.matches()) {
                    ResourcePattern resource = new ResourcePattern(type.equals("topic") ? ResourceType.TOPIC
                            : ResourceType.GROUP, name, PatternType.LITERAL);
                    for (String op : o.group(1).split(",")) {
                        acls.add(new AclBinding(resource, new AccessControlEntry("User:" + user, "*",
                                AclOperation.valueOf(op.trim().toUpperCase(Locale.ROOT)), AclPermissionType.ALLOW)));
                    }
                }
            }
        }
        if (acls.isEmpty()) {
            throw new IllegalStateException(usersYaml + " lists no ACLs for " + user);
        }
        try (Admin a = Admin.create(new HashMap<>(admin))) {
            a.createAcls(acls).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not set the ACLs of " + user, e);
        }
        return acls.size();
    }

    private static List<String> documents(Path yaml) {
        try {
            return List.of(Files.readString(yaml).split("(?m)^---$"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
