package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.Qualification;
import cn.gongzhi.registry.WorkerPost;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** Paid community staff (社区工作者) who handle cases; graded under "three posts, eighteen grades". */
@Entity
public class CommunityWorker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long communityId;
    private String name;
    private String username;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Enumerated(EnumType.STRING)
    private WorkerPost post;
    private int grade;
    @Enumerated(EnumType.STRING)
    private Qualification qualification;
    private LocalDate certificateIssued;
    private LocalDate certificateExpires;
    private int trainingHours;
    private LocalDate lastTraining;
    private int caseloadLimit;
    private int openCaseload;

    public Long getId() { return id; }
    public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public WorkerPost getPost() { return post; }
    public void setPost(WorkerPost post) { this.post = post; }
    public int getGrade() { return grade; }
    public void setGrade(int grade) { this.grade = grade; }
    public Qualification getQualification() { return qualification; }
    public void setQualification(Qualification qualification) { this.qualification = qualification; }
    public LocalDate getCertificateIssued() { return certificateIssued; }
    public void setCertificateIssued(LocalDate certificateIssued) { this.certificateIssued = certificateIssued; }
    public LocalDate getCertificateExpires() { return certificateExpires; }
    public void setCertificateExpires(LocalDate certificateExpires) { this.certificateExpires = certificateExpires; }
    public int getTrainingHours() { return trainingHours; }
    public void setTrainingHours(int trainingHours) { this.trainingHours = trainingHours; }
    public LocalDate getLastTraining() { return lastTraining; }
    public void setLastTraining(LocalDate lastTraining) { this.lastTraining = lastTraining; }
    public int getCaseloadLimit() { return caseloadLimit; }
    public void setCaseloadLimit(int caseloadLimit) { this.caseloadLimit = caseloadLimit; }
    public int getOpenCaseload() { return openCaseload; }
    public void setOpenCaseload(int openCaseload) { this.openCaseload = openCaseload; }
}
