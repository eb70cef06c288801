package dev.augenhoehe.sharing;

import dev.augenhoehe.accounts.Directory;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mail, when SMTP is configured ({@code spring.mail.host} and {@code augenhoehe.sharing.mail-from}): the link to
 * the client, sent by the consultant, and a note to the consultant when a client answered. Without it, nothing is
 * sent and the pages offer copying the link instead. Client texts are never put into the e-mail: it only says that
 * something arrived and where to read it.
 */
@Component
class ShareMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final SharingProperties properties;
    private final MessageSource messages;
    private final ShareRepository shares;
    private final Directory directory;

    ShareMail(ObjectProvider<JavaMailSender> sender, SharingProperties properties, MessageSource messages,
            ShareRepository shares, Directory directory) {
        this.sender = sender;
        this.properties = properties;
        this.messages = messages;
        this.shares = shares;
        this.directory = directory;
    }

    boolean available() {
        return sender.getIfAvailable() != null && !properties.mailFrom().isEmpty();
    }

    static boolean plausibleAddress(String to) {
        return to != null && to.strip().length() <= 254 && to.strip().matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    }

    void sendLink(Share share, String to, String link) {
        Locale locale = Locale.forLanguageTag(share.language().code());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(messages.getMessage("sharing.mail.link.subject", new Object[] {share.title()}, locale));
        message.setText(messages.getMessage("sharing.mail.link.text",
                new Object[] {share.consultantName(), share.title(), link}, locale));
        sender.getObject().send(message);
    }

    @ApplicationModuleListener
    void on(ClientResponded responded) {
        if (!available()) {
            return;
        }
        shares.findById(responded.shareId()).ifPresent(share -> directory.activeEmail(share.consultantId()).ifPresent(to -> {
            Locale locale = Locale.forLanguageTag(share.language().code());
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(to);
            message.setSubject(messages.getMessage("sharing.mail.response.subject", new Object[] {share.title()},
                    locale));
            message.setText(messages.getMessage("sharing.mail.response.text",
                    new Object[] {share.title(), properties.baseUrl() + share.path()}, locale));
            sender.getObject().send(message);
        }));
    }
}
