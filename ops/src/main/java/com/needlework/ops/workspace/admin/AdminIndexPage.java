package com.needlework.ops.workspace.admin;

import com.needlework.ops.admin.ReadModelsController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's start page, and the read models: how far each has read the event store, as GET
 * /api/admin/read-models shows it, with the rebuild the API starts.
 */
@Controller
record AdminIndexPage(ReadModelsController readModels) {

  @GetMapping("/staff/admin")
  String index() {
    return "staff/admin/index";
  }

  @GetMapping("/staff/admin/read-models")
  String readModels(@RequestParam(required = false) String rebuilding, Model model) {
    model.addAttribute("progress", readModels.progress());
    model.addAttribute("rebuilding", rebuilding != null);
    return "staff/admin/read-models";
  }

  @PostMapping("/staff/admin/read-models/rebuild")
  String rebuild() {
    readModels.rebuild();
    return "redirect:/staff/admin/read-models?rebuilding";
  }
}
